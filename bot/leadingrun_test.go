package bot

import (
	"regexp"
	"testing"
)

// TestWithoutLeadingRun checks that the runs of non-spaces a pattern opens with go, and only those,
// and that the pattern still matches the same texts.
func TestWithoutLeadingRun(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`(\S*tkal+m\S*|k[ae]lam\S*)( \S+)? (ma|mo) `, `(tkal+m[^\t\n\f\r ]*|k[ae]lam[^\t\n\f\r ]*)( [^\t\n\f\r ]+)? (m[ao]) `},
		{`\S*7ach[iy] x`, `7ach[iy] x`},
		{`(w )?\S*ab`, `(w )?\S*ab`},
		{` \S*ab`, ` \S*ab`},
	} {
		got := withoutLeadingRun(c.in)
		if c.in != c.want && regexp.MustCompile(got).String() != regexp.MustCompile(c.want).String() {
			t.Errorf("withoutLeadingRun(%q) = %q, want %q", c.in, got, c.want)
		}
		if c.in == c.want && got != c.in {
			t.Errorf("withoutLeadingRun(%q) = %q, want it unchanged", c.in, got)
		}
		if c.in != c.want && got == c.in {
			t.Errorf("withoutLeadingRun(%q) left its leading run", c.in)
		}
		re, orig := regexp.MustCompile(got), regexp.MustCompile(c.in)
		for _, s := range []string{" btetkallam ktir ma ", " kalam mo ", " ya7achi x ", " w yab ", " xab ", " ab ", " nothing "} {
			if re.MatchString(s) != orig.MatchString(s) {
				t.Errorf("%q and %q disagree on %q", got, c.in, s)
			}
		}
	}
}
