package knowledge

import "testing"

// TestArabiziSpellingTiers: the spellings come with how many letters each reads other than their
// likeliest way, fewest first, and an Egyptian message reads g as ج first.
func TestArabiziSpellingTiers(t *testing.T) {
	sp, tiers := ArabiziSpellingTiers("sadri", 24, false)
	if len(sp) == 0 || len(sp) != len(tiers) || tiers[0] != 0 {
		t.Fatalf("sadri: %v %v", sp, tiers)
	}
	for i := 1; i < len(tiers); i++ {
		if tiers[i] < tiers[i-1] {
			t.Fatalf("tiers out of order: %v", tiers)
		}
	}
	found := false
	for _, s := range sp {
		found = found || s == "صدري"
	}
	if !found {
		t.Errorf("sadri: no صدري in %v", sp)
	}
	if sp, _ := ArabiziSpellingTiers("wag3", 1, true); len(sp) != 1 || sp[0] != "وجع" {
		t.Errorf("wag3, Egyptian: %v", sp)
	}
	if !EgyptianArabizi([]string{"3ayez", "a3raf", "da"}) || EgyptianArabizi([]string{"3ayez", "jalsa"}) {
		t.Error("EgyptianArabizi")
	}
}
