package bot_test

import "testing"

// TestSpend27ThoughtsGoingOn: thoughts of ending one's life told as going on ("I've been thinking
// about ending my life", "I keep thinking about…") are now, though the message also tells a history
// ("migraines for ten years"): round 25's missed red flag. A history beside other thinking is still
// a history.
func TestSpend27ThoughtsGoingOn(t *testing.T) {
	flag23Check(t,
		[]string{"I've had migraines for ten years and nothing works, I've been thinking about ending my life, how often are the injections?",
			"my back has hurt for years and I keep thinking about killing myself, can physio help?",
			"I've had this pain for years, honestly I've started thinking about ending it all"},
		[]string{"I had a seizure years ago, I've been thinking about getting botox for my migraines",
			"I've been thinking about getting botox for years, I fainted once years ago"})
}

// TestSpend27VomitingAfterLaser: the pain after an eye operation with vomiting, in Gulf Arabizi
// («astafrig», the pain «el alam»), reaches the rules, not only the net: a retrained net dropped it
// from the spent flags26 battery.
func TestSpend27VomitingAfterLaser(t *testing.T) {
	flag23Check(t,
		[]string{"ba3d el lasik ams el alam ma yen6aag, el musakkin ma ynfa3 w ga3id astafrig",
			"ba3d el 3amaliyye el waja3 kteer w 3am bastafre3"},
		[]string{"ba3d el lasik kam yom ma agdar asoog?"})
}
