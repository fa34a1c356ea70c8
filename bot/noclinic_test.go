package bot_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// The bot's code serves any clinic: what one clinic treats, and what is normal or alarming there,
// lives in its folder (pages, lexicon, redflags.txt). No Go source of the bot names the home clinic's
// treatments or the conditions it treats.
func TestNoClinicInTheCode(t *testing.T) {
	names := []string{"botox", "botul", "بوتوكس", "بوتكس", "بتوكس", "بوتولينوم", "dysport", "ديسبورت", "traptox",
		"forehead", "جبه", "جبين", "wrinkle", "تجاعيد", "sweat", "تعرق", "migraine", "صداع", "شقيقه", "masseter", "ليب فليب"}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := knowledge.Normalize(string(data))
		for _, n := range names {
			// An English name starts a word (asksWeather is no sweat); Arabic is matched anywhere.
			if regexp.MustCompile(`(?i)(^|[^a-zA-Z])` + regexp.QuoteMeta(knowledge.Normalize(n))).MatchString(text) {
				t.Errorf("%s names %q: move it to the clinic's folder", f, n)
			}
		}
	}
}
