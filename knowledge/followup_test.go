package knowledge

import (
	"math"
	"testing"
)

func TestTopicTextAndCoverageOf(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "Clinic", Lang: "en",
		Sections: []Section{section("s1", "Laser hair removal", "Most patients need six sessions."),
			section("s2", "Chemical peels", "A peel takes twenty minutes.")},
		FAQs: []FAQ{{ID: "q1", Question: "Does laser hurt?", Answer: "It feels like a rubber band."}}}}
	ix, err := Build(docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for key, want := range map[string]string{"d#s1": "Laser hair removal", "d#q1": "Does laser hurt?", "d#s9": ""} {
		if got := ix.TopicText(key); got != want {
			t.Errorf("TopicText(%q) = %q, want %q", key, got, want)
		}
	}
	if got := ix.PassageText("d#s2"); got != "Chemical peels  A peel takes twenty minutes." {
		t.Errorf("PassageText(d#s2) = %q", got)
	}
	if got := ix.PassageText("d#s9"); got != "" {
		t.Errorf("PassageText of an unknown key = %q, want none", got)
	}
	cov := ix.CoverageOf(Words("how many sessions of laser"))
	got := map[string]float64{}
	for i := range ix.passages {
		got[ix.passages[i].Key] = cov(&ix.passages[i])
	}
	if math.Abs(got["d#s1"]-1) > 1e-9 || got["d#s2"] != 0 || got["d#q1"] <= 0 || got["d#q1"] >= 1 {
		t.Errorf("coverage of «how many sessions of laser»: %v; want d#s1 1, d#q1 between, d#s2 0", got)
	}
	if c := ix.CoverageOf(Words("why?"))(&ix.passages[0]); c != 0 {
		t.Errorf("a question of stop words covers %v of a passage, want 0", c)
	}
}

// TopicHits ranks the parts of one section for a follow-up, the part that shares most first and the
// section's order between parts that share as much; nothing of another section.
func TestTopicHits(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "Clinic", Lang: "en",
		Sections: []Section{{ID: "s1", Title: "Braces", Level: 2, Blocks: []Block{
			{Kind: Paragraph, Text: "Fixed braces are tightened every four to six weeks."},
			{Kind: Paragraph, Text: "Orthodontic wax covers a wire that rubs the cheek."}}},
			section("s2", "Whitening", "A wire is never used in whitening.")}}}
	ix, err := Build(docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	hits := ix.TopicHits("d#s1", Words("the wire rubs my cheek"))
	if len(hits) != 2 || hits[0].Passage.Text != docs[0].Sections[0].Blocks[1].Text || hits[0].Coverage <= hits[1].Coverage ||
		!hits[0].Specific {
		t.Fatalf("TopicHits(d#s1, wire rubs cheek) = %+v; want both parts, the wax first", hits)
	}
	hits = ix.TopicHits("d#s1", Words("is it permanent?"))
	if len(hits) != 2 || hits[0].Coverage != 0 || hits[0].Passage.Text != docs[0].Sections[0].Blocks[0].Text {
		t.Errorf("TopicHits for words the pages lack = %+v; want both parts in order, covering nothing", hits)
	}
	if hits := ix.TopicHits("d#s9", Words("wire")); len(hits) != 0 {
		t.Errorf("an unknown key has %d hits", len(hits))
	}
}

// A passage covers a follow-up's words with what it says, not with its page's title: on a page titled
// "Whitening and children's teeth", the whitening passage does not cover "kids", the passage that
// names children does, and a word the passage and the title both say still counts.
func TestCoverageOfLeavesThePageTitleOut(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "Whitening and children's teeth", Lang: "en",
		Sections: []Section{section("s1", "Whitening", "Whitening takes one hour."),
			section("s2", "Who it is not for", "We do not whiten the teeth of children under 16.")}}}
	ix, err := Build(docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	got := map[string]float64{}
	for _, q := range []string{"and for children?", "whitening"} {
		cov := ix.CoverageOf(Words(q))
		for i := range ix.passages {
			got[q+" "+ix.passages[i].Key] = cov(&ix.passages[i])
		}
	}
	if got["and for children? d#s1"] != 0 || got["and for children? d#s2"] <= 0 || got["whitening d#s1"] <= 0 {
		t.Errorf("coverage: %v; want children 0 in d#s1 (only its page's title says it), above 0 in d#s2; whitening above 0 in d#s1", got)
	}
}

// TopicHits leaves the page's title out as CoverageOf does: on a page titled "Whitening and children's
// teeth", no part of the whitening section covers "children", and the part that names them does.
func TestTopicHitsLeavesThePageTitleOut(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "Whitening and children's teeth", Lang: "en",
		Sections: []Section{{ID: "s1", Title: "Whitening", Level: 2, Blocks: []Block{
			{Kind: Paragraph, Text: "Whitening takes one hour in the clinic."},
			{Kind: Paragraph, Text: "We do not whiten the teeth of children under 16."}}}}}}
	ix, err := Build(docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	hits := ix.TopicHits("d#s1", Words("and for children?"))
	if len(hits) != 2 || hits[0].Passage.Text != docs[0].Sections[0].Blocks[1].Text || hits[1].Coverage != 0 ||
		hits[1].TitleCoverage != 0 {
		t.Fatalf("TopicHits(d#s1, and for children?) = %+v; want the part naming children first, the other covering nothing", hits)
	}
}

// Of the parts of a section, the one whose lead line names what is asked ranks above one whose text
// says the word as much in passing: "retainer after" is the part headed "The retainer after braces".
func TestTopicHitsPrefersThePartHeadedWithIt(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "Clinic", Lang: "en",
		Sections: []Section{{ID: "s1", Title: "Braces", Level: 2, Blocks: []Block{
			{Kind: Paragraph, Text: "Brackets are fixed like a retainer and tightened every few weeks."},
			{Kind: Paragraph, Lead: "The retainer after braces", Text: "Wear it as your dentist says, or the teeth move back."}}}}}}
	ix, err := Build(docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	hits := ix.TopicHits("d#s1", Words("do I need a retainer?"))
	if len(hits) != 2 || hits[0].Passage.Lead() != "The retainer after braces" {
		t.Fatalf("TopicHits(d#s1, retainer) = %+v; want the part headed with it first", hits)
	}
}

// Whether a treatment hurts (a question of a type, asking yes or no) is answered, of a section's parts
// that name pain, by the one telling how it feels or what numbs it, not by the one naming the pain the
// treatment eases; a question asking when is not.
func TestTopicHitsHurtsIsHowItFeels(t *testing.T) {
	docs := []*Document{{ID: "d", Title: "Clinic", Lang: "en",
		Sections: []Section{{ID: "s1", Title: "Shock waves", Level: 2, Blocks: []Block{
			{Kind: Paragraph, Text: "Shock waves ease the pain of a heel spur that has lasted months."},
			{Kind: Paragraph, Text: "In a session you feel a tapping that can be painful, and no anaesthetic is used."}}}}}}
	ix := painIndex(t, docs)
	defer ix.Close()
	blocks := docs[0].Sections[0].Blocks
	if hits := ix.TopicHits("d#s1", Words("does it hurt?")); len(hits) != 2 || hits[0].Passage.Text != blocks[1].Text {
		t.Errorf("TopicHits(d#s1, does it hurt) = %+v; want the part telling how it feels first", hits)
	}
	if hits := ix.TopicHits("d#s1", Words("when does the pain stop?")); len(hits) != 2 || hits[0].Passage.Text != blocks[0].Text {
		t.Errorf("TopicHits(d#s1, when does the pain stop) = %+v; want the parts in order", hits)
	}
	for text, want := range map[string]bool{"يشعر المريض بطرق مزعج": true, "مع مخدر موضعي للجلد": true,
		"وبإحساس بدفء": true, "يخفف الألم خلال أيام": false, "you may feel a sting": true} {
		if got := tellsFeeling(text); got != want {
			t.Errorf("tellsFeeling(%q) = %v, want %v", text, got, want)
		}
	}
}

// Whether a treatment hurts, asked of a section that says nothing of it, is answered by the passage of
// its page telling how the treatment feels and speaking most of the section's subject; a question
// asking something else, or a page telling no feeling, has none.
func TestHowItFeels(t *testing.T) {
	docs := []*Document{{ID: "peel", Title: "Skin care", Lang: "en", Sections: []Section{
		section("s1", "Chemical peels", "A peel puts an acid solution on the skin."),
		section("s2", "During a peel session", "You may feel a sting and mild heat; a fan cools the skin."),
		section("s3", "Moles", "A mole is checked under a dermoscope.")}},
		{ID: "laser", Title: "Laser", Lang: "en", Sections: []Section{
			section("s1", "Pain during laser", "Most patients feel a snap like a rubber band.")}}}
	ix := painIndex(t, docs)
	defer ix.Close()
	if h, ok := ix.HowItFeels("peel#s1", Words("does it hurt?")); !ok || h.Passage.Key != "peel#s2" {
		t.Errorf("HowItFeels(peel#s1, does it hurt) = %+v, %v; want peel#s2", h, ok)
	}
	if h, ok := ix.HowItFeels("peel#s1", Words("when does the pain stop?")); ok {
		t.Errorf("HowItFeels for a question asking when = %+v; want none", h)
	}
	if h, ok := ix.HowItFeels("peel#s3", Words("does it hurt?")); ok {
		t.Errorf("HowItFeels(peel#s3) = %+v; want none: no feeling passage speaks of moles", h)
	}
}

// painIndex indexes docs with a lexicon that makes pain a question type, as the general layer does.
func painIndex(t *testing.T, docs []*Document) *Index {
	t.Helper()
	ix, err := Build(docs, MustParseLexicon(t, "type: pain | painful | hurt\n"))
	if err != nil {
		t.Fatal(err)
	}
	return ix
}
