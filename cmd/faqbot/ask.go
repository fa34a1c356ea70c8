package main

import (
	"context"
	"errors"
)

func runAsk(ctx context.Context, c *cli, args []string) error   { return errors.New("not built yet") }
func runChat(ctx context.Context, c *cli, args []string) error  { return errors.New("not built yet") }
func runEval(ctx context.Context, c *cli, args []string) error  { return errors.New("not built yet") }
func runIndex(ctx context.Context, c *cli, args []string) error { return errors.New("not built yet") }
