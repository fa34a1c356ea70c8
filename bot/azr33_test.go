package bot_test

import (
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
)

// TestAzr33ShortArabizi: a short Arabizi follow-up with one mark («lel») is read in Arabic and
// answered from the Arabic page; an English message with a word Arabizi shares stays English.
func TestAzr33ShortArabizi(t *testing.T) {
	e := fa22Engine(t, "dental")
	r, _ := e.Respond("sealant lel atfal?", bot.State{})
	if r.Kind != bot.KindAnswer || len(r.Sources) == 0 || !strings.Contains(r.Sources[0].Section, "الأطفال") {
		t.Errorf("sealant lel atfal? = %s %v, want the children's page", r.Kind, r.Sources)
	}
	if r, _ := e.Respond("consultation fee?", bot.State{}); strings.ContainsAny(r.Text, "ابتثجحخدذرزسشصضطظعغفقكلمنهوي") {
		t.Errorf("consultation fee? answered in Arabic: %s", r.Text)
	}
}

// TestAzr33AuxiliaryFlags: «became» (صار) read as itself keeps a sign that came on a red flag, and a
// fall that became frequent a question.
func TestAzr33AuxiliaryFlags(t *testing.T) {
	for _, m := range []string{
		"emmi sarat ma t2dar tetnaffas",
		"sert ma ashoof b 3eni el yamin faj2a",
		"abouy sar wajho ma2loob w ma bye2dar yi7ki",
	} {
		if !bot.RedFlag(m) {
			t.Errorf("%q: no red flag", m)
		}
	}
	fa22Check(t, fa22Engine(t, "physio"), nil, []string{
		"jaddi sarat y6ee7 kteer bel bet, 3ndkom barnamej?",
		"ibni sar 3ando wja3 b rukbto tool el nhar",
		"2a3ed yewja3ni dahri kil shwai mn el 2a3de",
	})
}
