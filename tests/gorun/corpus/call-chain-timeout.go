package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Request is what our pretend server receives.
type Request struct {
	UserID int
}

func handleRequest(ctx context.Context, req Request) (string, error) {
	name, err := getUser(ctx, req.UserID)
	if err != nil {
		return "", fmt.Errorf("handleRequest: %w", err)
	}
	return "hello, " + name, nil
}

func getUser(ctx context.Context, id int) (string, error) {
	name, err := query(ctx, "SELECT name FROM users WHERE id = ?", id)
	if err != nil {
		return "", fmt.Errorf("getUser %d: %w", id, err)
	}
	return name, nil
}

// query stands in for a database driver: it answers after 200ms,
// unless the context is done first.
func query(ctx context.Context, sql string, args ...any) (string, error) {
	select {
	case <-time.After(200 * time.Millisecond):
		return "gopher", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// serve plays the part of the server: one context per request, created at the top.
func serve(limit time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()

	msg, err := handleRequest(ctx, Request{UserID: 7})
	if err != nil {
		fmt.Println("error:", err)
		fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))
		return
	}
	fmt.Println("ok:", msg)
}

func main() {
	serve(1 * time.Second)       // plenty of time
	serve(50 * time.Millisecond) // the query is still running when time runs out
}
