package bot

import (
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// TestTriage18 holds the causes fixed at session 18 (lane triage18), each on lines of its own, not the
// battery's: Arabizi fainting told with «3l…», the bladder not controlled and the saddle told in Arabizi
// with the back; the figures, medicines, hearsay, past and recovered signs that are no red flag now.
func TestTriage18(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		// «ghmi 3leh»: fainted on him, the preposition without its a.
		{"abouya ghmi 3leh hala2 bel sala", "fainting"},
		// The bladder not controlled, with the back.
		{"my lower back hurts so bad and I can't control my bladder since this morning", "nerve compression"},
		// Numb between the legs, in Arabizi.
		{"dahri yewja3ni w fi tanmeel bein rijlayi", "nerve compression"},
		// Today's blow after last month's operation: «واليوم» is now.
		{"عملت عملية بعيني الشهر الماضي واليوم انضربت عليها بالكورة وصارت تعورني", "after surgery"},
	} {
		if got := flag18(c.text); got != c.want {
			t.Errorf("findRedFlag(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	for _, text := range []string{
		// Swallowing one's pride.
		"I'm swallowing my pride to ask, do kids really need glasses this young?",
		// A medicine for fits.
		"my son takes his seizure meds every morning, is the anaesthetic ok with them?",
		"اخوي ياخذ حبوب الصرع، عادي يسوي جلسة؟",
		"baba bya5od dawa lel tashannojat, fi mushkila ma3 el bing?",
		// A toothache told strongly.
		"this molar is killing me for three days, can I come in for a filling?",
		// Read online, or just a question.
		"i read online that numbing can make your throat swell, is that real?",
		// Arabizi past: long ago, as a child, once when.
		"ghmi 3alayya zaman w ana sghir 3ind el 7ala2, a2dar a3mel tanzeef?",
		"ukhti ghmi 3layha mara lama sa7abo menha damm, hal fi takhdeer?",
		// Knowing whether, asked.
		"ودي اعرف اذا ابلع المضاد قبل الاكل ولا بعده",
	} {
		if got := flag18(text); got != "" {
			t.Errorf("findRedFlag(%q) = %q, want none", text, got)
		}
	}
}

// flag18 is the universal triage of a message, read as Respond reads it.
func flag18(text string) string {
	flag, _ := universal.triage(padded(triageWords(text, knowledge.Words(text))))
	return flag
}
