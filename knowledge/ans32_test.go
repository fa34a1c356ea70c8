package knowledge

import (
	"testing"
	"testing/fstest"
)

// Two things at once or one at a time: the patient's «مع بعض» (together) and the pages' «في كل مرة»
// (each time) are stop words only, which no passage's terms hold. Their group is known where a
// passage says it, and the passage that says it is searched though no term finds it: «يسوونها الثنتين
// مع بعض؟» goes to the section that does one side each time, not to fallback.
func TestStopPhraseInText(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "صفحة", Lang: "ar", Sections: []Section{
		section("how", "كيف يتم الإجراء", "يستغرق الإجراء عشرين دقيقة، ونجريه لجهة واحدة في كل مرة والثانية بعد أسبوع."),
		section("prep", "التحضير للإجراء", "تناول إفطارًا خفيفًا واحضر مع مرافق."),
		section("after", "بعد الإجراء", "ارتد النظارة الواقية أسبوعًا."),
	}}}
	lx, err := LoadLexicon(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(docs, lx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"ممكن يسوونها مع بعض؟", "يقدرون يسوون الجهتين مع بعضها؟"} {
		if r := ix.Search(Query{Text: q}); topKey(r) != "d#how" {
			t.Errorf("%s: hits %v; want d#how first", q, keysOfHits(r))
		}
	}
	for _, c := range ix.Explain("ممكن يسوونها مع بعض؟") {
		if !c.Known {
			t.Errorf("«مع بعض»: %q is not known to the pages", c.Said)
		}
	}
}
