package knowledge

import (
	"os"
	"testing"
)

// Told that a treatment is not for them, or asking whether it is forbidden to them, in the negated
// or second-person forms of the dialects («مينفعش», «ماينفع», «بينفعلك», «ممنوع»), a patient asks
// whom it suits, as «ينفع لي؟» does; asking what may be done after or before it does not.
func TestRank29SuitsNegated(t *testing.T) {
	for q, want := range map[string]bool{
		"عضم الفك عندي رقيق، يعني مينفعش أركب زرعة؟":    true,
		"عندي سكر، ماينفع اسوي ليزر للوجه؟":             true,
		"الطبيب قلي بينفعلك العدسات ولا لا؟":            true,
		"أنا مرضعة، ممنوع علي التبييض؟":                 true,
		"انا حامل، التقشير ممنوعة علي؟":                 true,
		"مايصلح اسوي الجلسة وانا عندي زكام؟":            true,
		"مينفعش اشيل تقيل بعد العملية؟":                 false,
		"ممنوع آكل قبل الخلع؟":                          false,
		"كم جلسة احتاج؟ ولا مينفعش أكثر من وحدة بالشهر": false,
	} {
		if got := asksSuits(Words(q)); got != want {
			t.Errorf("asksSuits(%q) = %v, want %v", q, got, want)
		}
	}
}

// Asked when something may be done or happens after a treatment, in the dialects or English, the
// passage under a heading on the time after it gains afterShare over the treatment's steps, which
// give times too; asked whether (not when) it may be done after, it gains nothing for its heading.
func TestRank29WhenAfterHeading(t *testing.T) {
	ix, err := Open(os.DirFS("../bot/eval/testdata/clinics/dental/kb"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	// lead is the fit of the section on the time after an extraction over the extraction's steps.
	lead := func(q string) float64 {
		var after, steps float64
		found := 0
		for _, h := range ix.Search(Query{Text: q, Limit: 20}).Hits {
			switch h.Passage.Section {
			case "التعافي والعناية بعد الخلع":
				after = h.Fit
				found++
			case "خطوات الخلع":
				steps = h.Fit
				found++
			}
		}
		if found != 2 {
			t.Errorf("%q: the two sections not both among the hits", q)
		}
		return after - steps
	}
	for _, q := range []string{
		"بعد الخلع امتى اقدر ادخن؟",
		"إيمتى بقدر دخن بعد ما قلعت الضرس؟",
		"الغرز متى تنشال بعد قلع ضرس العقل؟",
		"when can I smoke after the extraction?",
	} {
		if got := lead(q); got < afterShare-1e-9 {
			t.Errorf("%q: the section on the time after leads the steps by %.2f, want %.2f", q, got, afterShare)
		}
	}
	for _, q := range []string{"بعد الخلع اقدر ادخن؟", "can I smoke after the extraction?"} {
		if got := lead(q); got >= afterShare-1e-9 {
			t.Errorf("%q (not when): the section on the time after leads the steps by %.2f", q, got)
		}
	}
}
