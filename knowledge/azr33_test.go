package knowledge

import (
	"slices"
	"testing"
)

// TestAzr33Auxiliaries: the dialects' auxiliaries and function words in their common spellings read
// as themselves, not as the content words letter by letter makes of them («sarat» سرط, of the pages'
// سرطان; «2a3ed» اعيد; «nhar» نحار).
func TestAzr33Auxiliaries(t *testing.T) {
	for w, want := range map[string]string{
		"sarat": "صارت", "sert": "صرت", "sarlha": "صارلها", "2a3ed": "قاعد", "ga3id": "قاعد",
		"kil": "كل", "kel": "كل", "shwai": "شوي", "shwayye": "شويه", "lo": "لو", "nhar": "نهار",
	} {
		if got := ArabiziSpellings(w, 1); !slices.Equal(got, []string{want}) {
			t.Errorf("ArabiziSpellings(%q) = %v, want [%s]", w, got, want)
		}
	}
}

// TestAzr33ShortArabizi: a short follow-up with a single mark no English message writes is Arabizi;
// an English message with a word Arabizi shares, or an English function word, is not.
func TestAzr33ShortArabizi(t *testing.T) {
	for _, m := range []string{
		"lazem yetnadaf?", "sealant lel atfal?", "momken bokra?", "w lo a3eedo kil shwai?",
	} {
		if !IsArabizi(Words(m)) {
			t.Errorf("IsArabizi(%q) = false, want true", m)
		}
	}
	for _, m := range []string{
		"consultation fee?", "botox price in sar?", "min age?", "is it lazem?", "laser hair removal",
		"how much is a session", "sar 500?", "omega3 ok?", "mama scared", "what is the minimum dose",
	} {
		if IsArabizi(Words(m)) {
			t.Errorf("IsArabizi(%q) = true, want false", m)
		}
	}
}
