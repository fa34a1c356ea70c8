package knowledge

import "testing"

// A message asks in the last clause an asking word opens after a clause's end or a joining word; not
// in a question word inside a clause (what the doctor said), nor in a clause pointing back at the
// story, nor after a story too short to be read apart from it (toldWords).
func TestAskingClause(t *testing.T) {
	for _, c := range []struct {
		text, from string // from: the first word of the asking clause, "" for none
	}{
		{"عندي كلف من بعد ولادتي وجربت كريمات كثير وما نفعت، وصديقتي سوت ليزر قوي، ينفع ولا لا؟ وكم ياخذ وقت عشان يبان فرق؟", "وكم"},
		{"ولدي رجله مسطحه بس ما يشتكي من شي ويلعب عادي، لازم نشتري له جزمه طبيه؟", "لازم"},
		{"my daughter is 14 and her friends did it and she drinks a lot of tea, so can she have whitening now", "can"},
		{"انا عندي الم بالظهر من سنة وجربت مسكنات والدكتور قال ممكن علاج طبيعي", ""},
		{"My son has these involuntary muscle contractions that mess up how he walks. Is that something you treat?", ""},
		{"ما عندي الم بس خايف من الجلوكوما اللي صارت لخالتي، هل هذا طبيعي؟", ""},
		{"كم جلسة احتاج للظهر؟", ""},
		// Whether a treatment helps asks of what the story tells.
		{"my daughter has cerebral palsy and her arms are stiff, can it help?", ""},
		{"بنتي عندها شلل دماغي وايدها مشدودة دايما من وهي صغيرة، هل ينفعها العلاج؟", ""},
		{"الالم امتد الى الاذن والمسكن ما ينفع، هل من شد السلك؟", ""}, // a short story is what it asks of
	} {
		words := Words(c.text)
		got := ""
		if k := askingClause(words, c.text); k >= 0 {
			got = words[k]
		}
		if got != Normalize(c.from) {
			t.Errorf("%q: asks from %q, want %q", c.text, got, c.from)
		}
	}
}

// Of a page's sections, the one matching the complaint told before the asking clause does not
// answer it: «…وعندها صداع مزمن… بيصير تعمل بوتوكس بهالعمر؟» asks of the age, which the FAQ on
// ages answers, not the section on the complaint; the page stays the one the story points to.
func TestStoryDoesNotPickTheSection(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, section string }{
		{"امي عمرها ٧٠ سنة وعندها صداع مزمن من سنين وجربت ادوية كثير، بيصير تعمل بوتوكس بهالعمر؟", "هل العلاج آمن لجميع الأعمار؟"},
	} {
		res := ix.Search(Query{Text: c.text})
		if len(res.Hits) == 0 || res.Hits[0].Passage.Section != c.section {
			got := ""
			if len(res.Hits) > 0 {
				got = res.Hits[0].Passage.Section
			}
			t.Errorf("%q: first hit %q, want %q", c.text, got, c.section)
		}
	}
}
