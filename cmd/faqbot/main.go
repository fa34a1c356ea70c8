// Command faqbot answers clinic patients' questions from the clinic's own texts: on the web through a
// WebSocket widget, on WhatsApp through a webhook, and at the terminal. See README.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], &cli{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv})
	stop()
	os.Exit(code)
}

// cli is what a command may touch of the outside world, so tests can run commands in-process.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

type command struct {
	name, usage, summary string
	run                  func(ctx context.Context, c *cli, args []string) error
}

func commands() []command {
	return []command{
		{"serve", "serve [flags]", "run the server: widget, WebSocket, WhatsApp webhook, staff console, health, metrics", runServe},
		{"ask", "ask [--json] [QUESTION]", "answer one question, or one per line of standard input", runAsk},
		{"chat", "chat", "converse in the terminal, keeping context between turns", runChat},
		{"eval", "eval [--min PCT] [--json] CASES.jsonl | --corpus DIR [--half H | --holdout TEXT]", "grade labelled questions and conversations; or every clinic of a corpus beside a plain-bleve baseline", runEval},
		{"index", "index", "load and validate the knowledge base and print what it holds", runIndex},
		{"staff", "staff add|remove NAME", "manage staff accounts in FAQBOT_STAFF_FILE", runStaff},
		{"loadtest", "loadtest --url URL [flags]", "measure a running server's WebSocket latency and throughput", runLoadtest},
	}
}

// exitCode lets a command choose its exit status without printing anything more.
type exitCode int

func (e exitCode) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

func run(ctx context.Context, args []string, c *cli) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(c.stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, cmd := range commands() {
		if cmd.name != args[0] {
			continue
		}
		err := cmd.run(ctx, c, args[1:])
		var code exitCode
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.As(err, &code):
			return int(code)
		default:
			fmt.Fprintf(c.stderr, "faqbot %s: %v\n", cmd.name, err)
			return 1
		}
	}
	fmt.Fprintf(c.stderr, "faqbot: unknown command %q\n\n", args[0])
	usage(c.stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: faqbot COMMAND [flags]\n\ncommands:")
	for _, cmd := range commands() {
		fmt.Fprintf(w, "  %-30s %s\n", cmd.usage, cmd.summary)
	}
	fmt.Fprintln(w, "\nEvery command takes --kb DIR (default: the embedded knowledge base; env FAQBOT_KB).\nRun 'faqbot COMMAND --help' for its flags.")
}

// newFlagSet returns a flag set that reports errors instead of exiting and prints help to c.stderr.
func newFlagSet(c *cli, cmd command) *flag.FlagSet {
	fs := flag.NewFlagSet("faqbot "+cmd.name, flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	fs.Usage = func() {
		fmt.Fprintf(c.stderr, "usage: faqbot %s\n\n%s\n\nflags:\n", cmd.usage, cmd.summary)
		fs.PrintDefaults()
	}
	return fs
}
