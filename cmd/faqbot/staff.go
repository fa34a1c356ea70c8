package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/crypto/bcrypt"
	"golang.org/x/term"

	"github.com/faqbot/faqbot/transport/staff"
)

// runStaff manages the staff accounts file: `faqbot staff add NAME` and `faqbot staff remove NAME`.
func runStaff(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet(c, command{name: "staff", usage: "staff [flags] add|remove NAME",
		summary: "manage staff accounts in FAQBOT_STAFF_FILE: add (or change the password of) an account, or remove one.\n" +
			"add reads the password from the first line of standard input; on a terminal it asks twice, without echo."})
	file := fs.String("file", c.getenv("FAQBOT_STAFF_FILE"), "the staff accounts `file` (env FAQBOT_STAFF_FILE)")
	cost := fs.Int("cost", bcrypt.DefaultCost, "bcrypt `cost` of new password hashes (each step doubles the work)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 2 || (fs.Arg(0) != "add" && fs.Arg(0) != "remove") {
		fs.Usage()
		return exitCode(2)
	}
	if *file == "" {
		return errors.New("no accounts file: set FAQBOT_STAFF_FILE (or pass --file)")
	}
	if *cost < bcrypt.MinCost || *cost > bcrypt.MaxCost {
		return fmt.Errorf("--cost %d: want %d to %d", *cost, bcrypt.MinCost, bcrypt.MaxCost)
	}
	name := fs.Arg(1)
	if err := staff.ValidateName(name); err != nil {
		return fmt.Errorf("account name %q: %v", name, err)
	}
	if fs.Arg(0) == "remove" {
		if err := staff.RemoveAccount(*file, name); err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return fmt.Errorf("no account %q in %s", name, *file)
			}
			return err
		}
		fmt.Fprintf(c.stdout, "removed %s from %s; their sessions end at their next request\n", name, *file)
		return nil
	}

	pw, err := readPassword(c, name)
	if err != nil {
		return err
	}
	hash, err := staff.HashPassword(pw, *cost)
	if err != nil {
		return err
	}
	existed := staff.NewAccounts(*file, nil).Exists(name)
	if err := staff.SetAccount(*file, name, hash); err != nil {
		return err
	}
	if existed {
		fmt.Fprintf(c.stdout, "changed the password of %s in %s\n", name, *file)
	} else {
		fmt.Fprintf(c.stdout, "added %s to %s\n", name, *file)
	}
	return nil
}

// readPassword asks twice without echo on a terminal, and otherwise reads the first line of
// standard input (so scripts can pipe it in).
func readPassword(c *cli, name string) (string, error) {
	if f, ok := c.stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		ask := func(prompt string) (string, error) {
			fmt.Fprint(c.stderr, prompt)
			b, err := term.ReadPassword(int(f.Fd()))
			fmt.Fprintln(c.stderr)
			return string(b), err
		}
		pw, err := ask("Password for " + name + ": ")
		if err != nil {
			return "", err
		}
		again, err := ask("Again: ")
		if err != nil {
			return "", err
		}
		if pw != again {
			return "", errors.New("the two passwords differ; nothing changed")
		}
		return pw, nil
	}
	line, err := bufio.NewReader(c.stdin).ReadString('\n')
	if err != nil && !(errors.Is(err, io.EOF) && line != "") {
		return "", errors.New("no password on standard input (give it as the first line)")
	}
	return strings.TrimRight(line, "\r\n"), nil
}
