package bot_test

import "testing"

// TestEye33bSeeingWellAgain: when one will see well again after an operation («امتى هشوف كويس؟»,
// «emta bsir shoof mni7?») is the cataract page's sight that improves within days («يتحسن النظر»).
func TestEye33bSeeingWellAgain(t *testing.T) {
	const improves = "يتحسن النظر خلال يوم إلى ثلاثة أيام"
	ans31Expect(t, fa22Engine(t, "eye"), map[string]string{
		"بعد عملية المياه البيضا امتى هشوف كويس؟":                improves,
		"ba3d 3amaliyet el mayye el bayda emta bsir shoof mni7?": improves,
	})
}

// TestEye33bLensesAndSymptomsUnchanged: the lens types and the symptoms of a cataract keep their passages.
func TestEye33bLensesAndSymptomsUnchanged(t *testing.T) {
	ans31Expect(t, fa22Engine(t, "eye"), map[string]string{
		"ما هي أنواع العدسات المزروعة؟":                   "العدسة أحادية البؤرة",
		"نظري صار ضبابي شوي شوي من سنة، ممكن مياه بيضاء؟": "المياه البيضاء",
	})
}
