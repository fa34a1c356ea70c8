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
