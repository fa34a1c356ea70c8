package bot

import (
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// A clinic's page in another language tells the same things: a passage there ranked as high as the
// first is no other topic to offer a choice of, while one in the same language is.
func TestRivalIsInTheSameLanguage(t *testing.T) {
	hit := func(key, section string, rank float64) knowledge.Hit {
		return knowledge.Hit{Passage: &knowledge.Passage{Key: key, Section: section}, Rank: rank}
	}
	ar := hit("treatments#s2", "العلاج بالموجات التصادمية", 1.52)
	if _, ok := rival([]knowledge.Hit{ar, hit("guide-en#s3", "Shock wave therapy", 1.50)}, clarifyMargin); ok {
		t.Error("the English page's section is a rival of the Arabic one")
	}
	if _, ok := rival([]knowledge.Hit{ar, hit("treatments#s3", "الإبر الجافة", 1.50)}, clarifyMargin); !ok {
		t.Error("a section of the same language is no rival")
	}
}
