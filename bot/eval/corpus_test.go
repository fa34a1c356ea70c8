package eval_test

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/eval"
)

// tuneBars is what the engine must score on each clinic's TUNE half (percent): answers (single
// cases expecting an answer), total (all single cases) and conversations. Every emergency, single or
// in a conversation, must pass. Set each bar a little below the clinic's score when it is added; a
// clinic folder without a row fails the test, printing its figures. Sealed halves are never graded
// here: `faqbot eval --corpus DIR --half sealed` measures them, by hand, after tuning.
var tuneBars = []struct {
	clinic                string
	answers, total, convs float64
}{
	// Set at the end of round 7 (2026-12-03), its sealed halves scored twice (session start and end)
	// and spent into these, the red-flag net retrained on them: botox 343/431 answers, 570/661 total,
	// 81/122 conversations; dental 351/445, 569/667, 59/122; derma 322/423, 535/639, 57/122; eye
	// 327/426, 542/645, 53/122; physio 335/433, 544/648, 63/120; every emergency (614), 11 false
	// alarms. Each bar is the figure rounded down (a bar below the last round's means the new cases
	// are harder, not that the engine got worse); how they rose before is in this file's history.
	// Raised at the end of session 10 (lang10, section10, conv10, fa10): answers 1729/2158, total
	// 2813/3260, conversations 334/608, every emergency, 11 false alarms.
	// Session 11: round 8's sealed halves (scored at session 10's start and end) spent into these:
	// answers 1922/2425, total 3136/3660, conversations 371/683, every emergency (688), 19 false
	// alarms; bars reset to the new figures rounded down (round 8 was harder than the tune cases).
	// Session 12: round 10's sealed halves (scored at session 11's start and session 12's end) spent
	// into these: answers 2173/2677, total 3539/4060, conversations 425/758, 775 of 776 emergencies
	// (the known miss below), 14 false alarms; bars reset to the figures rounded down.
	// Session 13: round 11's sealed halves (scored at session 12's start and end) spent into these:
	// answers 2371/2927, total 3872/4460, conversations 463/833, 864 of 866 emergencies, 19 false
	// alarms (net retrained); bars reset to the figures rounded down. Raised at the session's end:
	// answers 2466/2927, total 3970/4460, conversations 508/833, every emergency (866), 4 false alarms.
	// Session 14: round 12's sealed halves (scored at session 13's start and end) spent into these:
	// answers 2649/3177, total 4294/4860, conversations 546/908, every emergency (961), 7 false
	// alarms (net retrained); bars reset to the figures rounded down. Raised at the session's end:
	// answers 2705/3177, total 4371/4860, conversations 580/908, every emergency (961), 4 false alarms.
	// Session 15: round 13's sealed halves (scored at session 14's start and end) spent into these:
	// answers 2901/3427, total 4712/5260, conversations 622/983, every emergency (1053), 7 false
	// alarms (net retrained); bars reset to the figures rounded down. Raised at the session's end:
	// answers 2948/3427, total 4761/5260, conversations 636/983, every emergency (1053), 7 false alarms.
	// Session 16: round 14's sealed halves (scored at session 15's start and end) spent into these:
	// answers 3148/3678, total 5104/5660, conversations 677/1058, 1149 of 1150 emergencies (the known
	// miss below), 13 false alarms (net retrained, threshold 0.39); bars reset to the figures rounded
	// down. Raised at the session's end: answers 3205/3678, total 5164/5660, conversations 701/1058,
	// every emergency (1150), 11 false alarms.
	// Session 17: round 15's sealed halves (scored at session 16's start and end) spent into these:
	// answers 3396/3928, total 5499/6060, conversations 749/1133, every emergency (1245) once the
	// three round 15 missed were fixed by cause (TestRedFlagsOfRound15), 12 false alarms (net
	// retrained, threshold 0.37); bars reset to the figures rounded down. Raised at the session's end:
	// answers 3422/3928, total 5526/6060, conversations 766/1133, every emergency (1245), 12 false alarms.
	// Session 18: round 16's sealed halves (scored at session 17's start and end) spent into these:
	// answers 3616/4178, total 5865/6460, conversations 800/1208, every emergency (1342), 14 false
	// alarms (net retrained, threshold 0.35); bars reset to the figures rounded down (dental's total is
	// 1202/1307 = 91.97%, derma's answers 712/828 = 85.99%). Raised at the session's end: answers
	// 3660/4178, total 5908/6460, conversations 836/1208, every emergency (1342), 14 false alarms.
	// Session 19: round 17's sealed halves (scored at session 18's start and end) spent into these:
	// answers 3854/4428, total 6238/6860, conversations 865/1283, every emergency (1433), 19 false
	// alarms (net retrained, threshold 0.35); bars reset to the figures rounded down (dental's answers
	// are 800/899 = 88.99%). Raised at the session's end: answers 3894/4428, total 6280/6860,
	// conversations 876/1283, every emergency (1433), 19 false alarms.
	// Session 20: round 18's sealed halves (scored at session 19's start and end) spent into these:
	// answers 4098/4678, total 6625/7260, conversations 903/1358, every emergency (1525, the one the
	// end code missed fixed by cause first), 24 false alarms (net retrained, threshold 0.33); bars reset
	// to the figures rounded down (derma's conversations are 171/272 = 62.87%). Raised at the session's
	// end: answers 4139/4678, total 6672/7260, conversations 919/1358, every emergency (1525), 17 false
	// alarms (dental's answers are 854/949 = 89.99%, eye's conversations 185/272 = 68.01%).
	// Session 21: round 19's sealed halves (scored at session 20's start and end) spent into these:
	// answers 4335/4928, total 7005/7660, conversations 951/1433, every emergency (1615, the two the
	// retrained net let go fixed by cause first), 23 false alarms (net retrained, threshold 0.32); bars
	// reset to the figures rounded down (botox's total is 1387/1541 = 90.01%, eye's answers 834/981 =
	// 85.02%, derma's conversations 178/287 = 62.02%). Raised at the session's end: answers
	// 4355/4928, total 7027/7660, conversations 966/1433, every emergency (1615), 20 false alarms
	// (dental's answers are 900/999 = 90.09%, its total 1423/1547 = 91.98%).
	// Session 22: round 20's sealed halves (scored at session 21's start and end) spent into these:
	// answers 4546/5178, total 7354/8060, conversations 995/1508, every emergency (1706), 26 false
	// alarms (net retrained, threshold 0.31, with kin of two look-alikes it took for emergencies);
	// bars reset to the figures rounded down (botox's total is 1459/1621 = 90.01%). Raised at the
	// session's end: answers 4555/5178, total 7364/8060, conversations 1002/1508, every emergency
	// (1706), 22 false alarms (botox's total is 1460/1621 = 90.07%).
	// Session 23: round 21's sealed halves (scored at session 22's start and end) spent into these:
	// answers 4737/5428, total 7681/8460, conversations 1033/1583, every emergency (1797, the one both
	// codes missed fixed by cause first), 25 false alarms (net retrained, threshold 0.30); bars reset
	// to the figures rounded down (derma's answers are 982/1078 = 91.09%, eye's 908/1081 = 83.996%).
	// Raised at the session's end: answers 4750/5428, total 7694/8460, conversations 1037/1583, every
	// emergency (1797), 25 false alarms (derma's answers are 982/1078 = 91.09%).
	// Session 24: round 22's sealed halves (scored at session 23's start and end) spent into these:
	// answers 4953/5678, total 8031/8860, conversations 1068/1658, every emergency (1888), 30 false
	// alarms (net retrained, threshold 0.29); bars reset to the figures rounded down to a tenth, so a
	// single case lost shows (botox's answers are 83.95%, dental's conversations 59.64%). Raised at
	// the session's end: answers 4965/5678, total 8053/8860, conversations 1074/1658, every emergency
	// (1888), 29 false alarms.
	// Session 25: round 23's sealed halves (scored at session 24's start and end) spent into these:
	// answers 5174/5928, total 8402/9260, conversations 1116/1733, every emergency (1978, the one both
	// codes missed fixed by cause first), 30 false alarms (net retrained, threshold 0.27); bars reset
	// to the figures rounded down to a tenth. Raised at the session's end: answers 5196/5928, total
	// 8427/9260, conversations 1130/1733, every emergency (1978), 30 false alarms.
	// Session 26: round 24's sealed halves (scored at session 25's start and end) spent into these:
	// answers 5398/6178, total 8765/9660, conversations 1168/1808, every emergency (2068, the one both
	// codes missed fixed by cause first), 38 false alarms (net retrained, threshold 0.26); bars reset
	// to the figures rounded down to a tenth. Raised at the session's end: answers 5423/6178, total
	// 8792/9660, conversations 1192/1808, every emergency (2068), 22 false alarms.
	// Session 27: round 25's sealed halves (scored at session 26's start and end) spent into these:
	// answers 5612/6428, total 9120/10060, conversations 1230/1883, every emergency (2159, the one both
	// codes missed fixed by cause first), 30 false alarms (net retrained, threshold 0.27); bars reset
	// to the figures rounded down to a tenth. Raised at the session's end: answers 5618/6428, total
	// 9126/10060, conversations 1237/1883, every emergency (2159), 22 false alarms.
	// Session 28: round 26's sealed halves (scored at session 27's start and end) spent into these:
	// answers 5820/6678, total 9465/10460, conversations 1281/1958, every emergency (2249, none
	// missed), 21 false alarms (net retrained, threshold 0.27; round 26's read by cause); bars reset
	// to the figures rounded down to a tenth. Raised at the session's end: answers 5830/6678, total
	// 9475/10460, conversations 1293/1958, every emergency (2249), 15 false alarms.
	// Session 29: round 27's sealed halves (scored at session 28's start and end) spent into these:
	// answers 6035/6928, total 9818/10860, conversations 1330/2033, every emergency (2340), 21 false
	// alarms; bars reset to the figures rounded down to a tenth (dental's conversations 251/407 with
	// the net retrained on them).
	// Session 30: round 28's sealed halves (scored at session 29's start and end) spent into these:
	// answers 6270/7178, total 10191/11260, conversations 1377/2108, every emergency (2431, the two
	// both codes missed fixed by cause first), 10 false alarms (net retrained, threshold 0.24); bars
	// reset to the figures rounded down to a tenth. Raised at the session's end: answers 6309/7178,
	// total 10232/11260, conversations 1397/2108, every emergency (2431), 10 false alarms.
	// Session 31: round 29's sealed halves (scored at session 30's start and end) spent into these:
	// answers 6514/7428, total 10575/11660, conversations 1438/2183, every emergency (2522), 10 false
	// alarms (net retrained, threshold 0.24; what it changed in the flag tests fixed by cause); bars
	// reset to the figures rounded down to a tenth. Raised at the session's end: answers 6551/7428,
	// total 10612/11660, conversations 1445/2183, every emergency (2522), 10 false alarms.
	// Session 32: round 30's sealed halves (scored at session 31's start and end) spent into these:
	// answers 6766/7678, total 10963/12060, conversations 1488/2258, every emergency (2612), 10 false
	// alarms (net retrained, threshold 0.24; what it changed in the flag tests fixed by cause); bars
	// reset to the figures rounded down to a tenth. Raised at the session's end: answers 6802/7678,
	// total 11062/12060, conversations 1496/2258, every emergency (2612), 10 false alarms.
	// Session 33: round 31's sealed halves spent into these: answers 7004/7928, total 11405/12460,
	// conversations 1545/2333, every emergency (2702), 10 false alarms (its four look-alikes fixed by
	// cause; net retrained, threshold 0.23, what it moved in the flag tests fixed by cause); bars reset
	// to the figures rounded down to a tenth. Raised at the session's end: answers 7037/7928, total
	// 11456/12460, conversations 1559/2333, every emergency (2702), 10 false alarms.
	// Session 34: round 32's sealed halves spent into these: answers 7240/8178, total 11802/12860,
	// conversations 1598/2408, every emergency (2792), 10 false alarms (its three missed red flags and
	// six look-alikes fixed by cause; net retrained, threshold 0.23, what it moved in the flag tests
	// fixed by cause); bars reset to the figures rounded down to a tenth. Raised at the session's end:
	// answers 7290/8178, total 11880/12860, conversations 1615/2408, every emergency (2792), 8 false alarms.
	// Session 36: round 33's sealed halves spent into these: answers 7492/8428, total 12226/13260,
	// conversations 1658/2483, every emergency (2884), 7 false alarms (its missed red flag and look-alikes
	// fixed by cause; net retrained, now also on the spent batteries of testdata, threshold 0.31, what it
	// moved in the flag tests fixed by cause); bars reset to the figures rounded down to a tenth.
	// Session 37: round 34's sealed halves spent into these: answers 7698/8678, total 12575/13660,
	// conversations 1700/2558, every emergency (2979), 13 false alarms; bars reset to the figures
	// rounded down to a tenth. Its look-alikes fixed by cause, flags35 and flags36 spent and the net
	// retrained (threshold 0.31): answers 7701, total 12578, 8 false alarms. Dental's bar is its figure
	// (1567/1749): den-n050, a permanent tooth knocked out whole in a fall and asked what to do, alarms
	// with one training of the net and not with another, as the spent batteries' red flags that tell the
	// same (flags22, flags29, flags30) want, where that early case wants the page's first aid. Raised at
	// the session's end (flags37 spent too, fitSlack): answers 7703/8678, total 12580/13660,
	// conversations 1700/2558, every emergency (2979), 8 false alarms.
	// Session 38: round 35's sealed halves spent into these: answers 7894/8928, total 12916/14060,
	// conversations 1737/2633, 3068 of 3069 emergencies (the one missed by both codes, a grandmother on
	// blood thinners who struck her head, told in MSA, fixed by cause first with its two look-alikes;
	// net retrained, threshold 0.30), 11 false alarms; with the fixes and the English words for a thing
	// that goes away for good and for brown patches: answers 7900, total 12923, conversations 1739,
	// every emergency (3069), 9 false alarms; bars reset to these figures rounded down to a tenth.
	// Raised with flags38 spent and the lines of two lanes (a pitch, grey hair; ice, the Egyptian
	// «هسوق»): answers 7905/8928, total 12928/14060, conversations 1740/2633, every emergency (3069), 7
	// false alarms.
	// Session 39: round 36's sealed halves spent into these: answers 8096/9178, total 13264/14460,
	// conversations 1776/2708, 3160 of 3161 emergencies (the eye one missed at both ends of session 38
	// a known miss until fixed by cause), 15 false alarms; bars reset to the figures rounded down to a
	// tenth. Raised at the session's end (flags39 spent and the net retrained, round 36's look-alikes
	// read by cause, three lanes' follow-ups and asking clause): answers 8108/9178, total 13277/14460,
	// conversations 1805/2708, every emergency (3161), 6 false alarms.
	// Session 40: round 37's sealed halves spent into these (it missed no emergency at either end of
	// session 39): answers 8304/9428, total 13615/14860, conversations 1846/2783, every emergency
	// (3251), 10 false alarms; bars reset to the figures rounded down to a tenth. Raised at the session's
	// end (flags40 spent and the net retrained, round 37's eye false alarm read by cause, an English FAQ
	// kept by its own question, comparison follow-ups, the verb of brushing): answers 8310/9428, total
	// 13622/14860, conversations 1855/2783, every emergency (3251), 7 false alarms.
	{"botox", 85.9, 90.3, 71.8},
	{"dental", 88.9, 91.8, 62.8},
	{"derma", 88.7, 92.3, 61.7},
	{"eye", 87.0, 90.9, 61.7},
	{"physio", 90.0, 92.8, 75.1},
}

// knownEmergencyMisses are tune cases expecting the emergency reply that the engine still misses,
// each with why: a defect tracked, not a bar lowered. The test fails on any other miss, and on one of
// these once it passes (remove it then).
var knownEmergencyMisses = map[string]string{}

// checkEmergencyMisses fails the test for each single emergency case missed that is not a known
// miss, for any conversation's missed emergency turn, and for a known miss that now passes.
func checkEmergencyMisses(t *testing.T, clinic string, rep *eval.Report) {
	t.Helper()
	missed := map[string]bool{}
	for _, f := range rep.Failures {
		if len(f.Expect) > 0 && f.Expect[0] == string(bot.KindEmergency) {
			missed[f.ID] = true
			if why, known := knownEmergencyMisses[f.ID]; known {
				t.Logf("known emergency miss %s: %s", f.ID, why)
			} else {
				t.Errorf("emergency missed: %s %q got %s", f.ID, f.Q, f.Reply.Kind)
			}
		}
	}
	if k := rep.Convs.ByKind[string(bot.KindEmergency)]; k != nil && k.Passed != k.Total {
		t.Errorf("conversation emergencies %d/%d: every one must pass", k.Passed, k.Total)
	}
	for id := range knownEmergencyMisses {
		if !missed[id] && strings.HasPrefix(id, clinic+"-") {
			t.Errorf("%s is in knownEmergencyMisses but no longer missed: remove it", id)
		}
	}
}

func TestClinicsTuneHalf(t *testing.T) {
	const dir = "testdata/clinics"
	clinics, err := eval.Clinics(dir)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range clinics {
		seen[c.Name] = true
		t.Run(c.Name, func(t *testing.T) {
			cr, err := eval.GradeClinic(c, eval.Tune, bot.Config{})
			if err != nil {
				t.Fatal(err)
			}
			if len(cr.Missing) > 0 {
				t.Logf("%s: %s missing", c.Name, strings.Join(cr.Missing, ", "))
			}
			if cr.Engine == nil {
				t.Skipf("%s has no tune cases", c.Name)
			}
			// The table only: the failing cases (`faqbot eval` lists them) include the held-out
			// rounds, which a failing bar would otherwise show to whoever tunes on the study corpus.
			var b strings.Builder
			eval.WriteTable(&b, eval.Tune, []*eval.ClinicReport{cr})
			t.Logf("%s", b.String())
			rep := cr.Engine
			ans := eval.Tally{}
			if a := rep.ByKind[string(bot.KindAnswer)]; a != nil {
				ans = *a
			}
			i := -1
			for j, bar := range tuneBars {
				if bar.clinic == c.Name {
					i = j
				}
			}
			if i < 0 {
				t.Fatalf("clinic %s has no row in tuneBars; it scores answers %.1f%%, total %.1f%%, conversations %.1f%%: add a row a little below",
					c.Name, ans.Percent(), rep.Score(), rep.Convs.Score())
			}
			bar := tuneBars[i]
			checkEmergencyMisses(t, c.Name, rep)
			if ans.Total > 0 && ans.Percent() < bar.answers {
				t.Errorf("answers %d/%d = %.1f%%, want ≥ %g%%", ans.Passed, ans.Total, ans.Percent(), bar.answers)
			}
			if rep.Total > 0 && rep.Score() < bar.total {
				t.Errorf("total %d/%d = %.1f%%, want ≥ %g%%", rep.Passed, rep.Total, rep.Score(), bar.total)
			}
			if rep.Convs.Total > 0 && rep.Convs.Score() < bar.convs {
				t.Errorf("conversations %d/%d = %.1f%%, want ≥ %g%%", rep.Convs.Passed, rep.Convs.Total, rep.Convs.Score(), bar.convs)
			}
		})
	}
	for _, bar := range tuneBars {
		if !seen[bar.clinic] {
			t.Logf("tuneBars names %s, which has no folder in %s", bar.clinic, dir)
		}
	}
}

// The synthetic corpus: dental (two pages of its own, all four files) and nocases (pages only).
func TestGradeClinicSynthetic(t *testing.T) {
	clinics, err := eval.Clinics("testdata/synthetic")
	if err != nil {
		t.Fatal(err)
	}
	if len(clinics) != 2 || clinics[0].Name != "dental" || clinics[1].Name != "nocases" {
		t.Fatalf("clinics = %+v", clinics)
	}
	dental, err := eval.GradeClinic(clinics[0], eval.Tune, bot.Config{})
	if err != nil {
		t.Fatal(err)
	}
	e, b := dental.Engine, dental.Baseline
	// tune.jsonl holds 8 cases and a conversation; conv-tune.jsonl 3 conversations.
	if e.Total != 8 || e.Convs.Total != 4 || b.Total != 8 || b.Convs.Total != 4 || len(dental.Missing) != 0 {
		t.Fatalf("dental tune: engine %d cases %d conversations, baseline %d/%d, missing %v", e.Total, e.Convs.Total, b.Total, b.Convs.Total, dental.Missing)
	}
	if !strings.HasSuffix(dental.KB, filepath.Join("dental", "kb")) {
		t.Errorf("kb = %q, want the clinic's own", dental.KB)
	}
	// The clinic's own pages were searched: the engine answers from them.
	if a := e.ByKind["answer"]; a == nil || a.Passed < 3 {
		t.Errorf("engine answers %+v", a)
	}
	// The baseline has no triage: both red flags missed, where the engine caught both.
	if e.Emergencies() != (eval.Tally{Passed: 2, Total: 2}) || b.Emergencies() != (eval.Tally{Passed: 0, Total: 2}) {
		t.Errorf("emergencies: engine %+v, baseline %+v", e.Emergencies(), b.Emergencies())
	}

	sealed, err := eval.GradeClinic(clinics[0], eval.Sealed, bot.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if sealed.Engine.Total != 2 || sealed.Engine.Convs.Total != 1 {
		t.Errorf("dental sealed: %d cases, %d conversations; want 2 and 1", sealed.Engine.Total, sealed.Engine.Convs.Total)
	}

	none, err := eval.GradeClinic(clinics[1], eval.Tune, bot.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if none.Engine != nil || len(none.Missing) != 2 {
		t.Errorf("nocases: %+v, want no reports and both files missing", none)
	}

	var out strings.Builder
	eval.WriteTable(&out, eval.Tune, []*eval.ClinicReport{dental, none})
	for _, want := range []string{"half: tune", "dental", "engine", "baseline", "2/2 100.0%", "nocases      (no tune cases"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
	if _, err := eval.GradeClinic(clinics[0], "all", bot.Config{}); err == nil {
		t.Error("an unknown half was accepted")
	}
}

func TestGradeClinicErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("bad/tune.jsonl", "{\"id\":\"a\",\"q\":\"x\",\"expect\":[\"answer\"]}\nnot json\n")
	write("brokenkb/tune.jsonl", `{"id":"a","q":"x","expect":["answer"]}`)
	write("brokenkb/kb/page.md", "---\ntitle: [unclosed\n---\ntext\n")
	write("README.md", "not a clinic")
	clinics, err := eval.Clinics(dir)
	if err != nil || len(clinics) != 2 {
		t.Fatalf("clinics %+v, %v; want the two folders", clinics, err)
	}
	if _, err := eval.GradeClinic(clinics[0], eval.Tune, bot.Config{}); err == nil || !strings.Contains(err.Error(), "tune.jsonl: line 2") {
		t.Errorf("bad case file: %v", err)
	}
	if _, err := eval.GradeClinic(clinics[1], eval.Tune, bot.Config{}); err == nil || !strings.Contains(err.Error(), "clinic brokenkb") {
		t.Errorf("broken kb: %v", err)
	}
}

// Every phrase a case accepts must be in its clinic's pages (after the grading normalisation, with
// the Markdown marks a reply never shows taken out): a phrase that is not can never pass, so an edit
// of the pages or a slip of a writer would lower the measure silently. Both halves are checked; this
// reads no reply and grades nothing, so it does not unseal the sealed half.
func TestCasePhrasesAreInThePages(t *testing.T) {
	clinics, err := eval.Clinics("testdata/clinics")
	if err != nil {
		t.Fatal(err)
	}
	marks := strings.NewReplacer("*", " ", "_", " ", "`", " ", "#", " ", ">", " ", "|", " ")
	for _, c := range clinics {
		fsys, _, err := c.KB()
		if err != nil {
			t.Fatal(err)
		}
		var pages []string
		err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || (path.Ext(p) != ".md" && path.Ext(p) != ".txt") {
				return err
			}
			b, err := fs.ReadFile(fsys, p)
			// A phrase may join two list items as a reply shows them ("item - item"), or quote
			// one without its marker.
			var lines []string
			for _, l := range strings.Split(string(b), "\n") {
				l = strings.TrimSpace(l)
				l = strings.TrimPrefix(strings.TrimPrefix(l, "- "), "+ ")
				lines = append(lines, l)
			}
			pages = append(pages, eval.Normalize(marks.Replace(strings.Join(lines, " "))), eval.Normalize(string(b)))
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		inPages := func(p string) bool {
			for _, text := range pages {
				if strings.Contains(text, eval.Normalize(p)) {
					return true
				}
			}
			return false
		}
		n := 0
		for _, half := range []string{eval.Tune, eval.Sealed} {
			set, _, err := c.Half(half)
			if err != nil {
				t.Fatal(err)
			}
			check := func(id string, any []string) {
				for _, p := range any {
					n++
					if !inPages(p) {
						t.Errorf("%s %s: %s: phrase %q is not in the pages", c.Name, half, id, p)
					}
				}
			}
			for _, k := range set.Cases {
				check(k.ID, k.Any)
			}
			for _, cv := range set.Conversations {
				for i, tn := range cv.Turns {
					check(fmt.Sprintf("%s turn %d", cv.ID, i+1), tn.Any)
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: no phrases checked", c.Name)
		}
	}
}
