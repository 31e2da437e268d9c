package main

func strconvCases() {}
func timeCases()    {}
func stringsCases() {}
