package knowledge

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with the knowledge base, located in a file.
type Problem struct {
	// File is the path inside the knowledge folder ("." for the folder itself).
	File string
	// Line is 1-based; 0 when the problem concerns the whole file.
	Line int
	Msg  string
}

// String formats p as "file:line: message", or "file: message" without a line.
func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// LoadError lists every problem found in a knowledge base, so an author can fix them all in one go.
// Load, ParseMarkdown and ParseText return their errors as *LoadError; use errors.As to reach the list.
type LoadError struct {
	Problems []Problem
}

// Error prints one "file:line: message" per line.
func (e *LoadError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// problems collects Problems for one file.
type problems struct {
	file string
	list []Problem
}

func (ps *problems) add(line int, format string, args ...any) {
	ps.list = append(ps.list, Problem{File: ps.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// err returns the collected problems as a *LoadError, or nil when there are none.
// It returns the error interface so a nil result is a true nil.
func (ps *problems) err() error {
	if len(ps.list) == 0 {
		return nil
	}
	return &LoadError{Problems: ps.list}
}
