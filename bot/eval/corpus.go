package eval

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/eval/baseline"
	"github.com/faqbot/faqbot/knowledge"
)

// A corpus is a folder of clinics, one folder each:
//
//	<corpus>/<clinic>/kb/               the clinic's pages (absent: the embedded knowledge base)
//	<corpus>/<clinic>/tune.jsonl        cases anyone may look at and tune on
//	<corpus>/<clinic>/conv-tune.jsonl   conversations, likewise
//	<corpus>/<clinic>/sealed.jsonl      cases graded only to measure, never read while tuning
//	<corpus>/<clinic>/conv-sealed.jsonl conversations, likewise
//
// Each half's files may mix cases and conversations (ReadSet); either may be missing.

// Halves of a clinic's labelled questions.
const (
	Tune   = "tune"
	Sealed = "sealed"
)

// Clinic is one folder of a corpus.
type Clinic struct {
	Name, Dir string
}

// Clinics lists the clinic folders of dir, by name. Files beside them (a README, the writers' brief)
// are not clinics.
func Clinics(dir string) ([]Clinic, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []Clinic
	for _, e := range entries {
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			out = append(out, Clinic{Name: e.Name(), Dir: filepath.Join(dir, e.Name())})
		}
	}
	return out, nil
}

// IsClinicDir says whether dir is laid out as a corpus clinic folder: a half's file in it. Its pages
// are in kb/, beside writers' notes that are Markdown too, so the folder itself is no knowledge base.
func IsClinicDir(dir string) bool {
	for _, half := range []string{Tune, Sealed} {
		files, _ := HalfFiles(half)
		for _, f := range files {
			if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
				return true
			}
		}
	}
	return false
}

// HalfFiles names a half's two files, cases first.
func HalfFiles(half string) ([2]string, error) {
	switch half {
	case Tune, Sealed:
		return [2]string{half + ".jsonl", "conv-" + half + ".jsonl"}, nil
	}
	return [2]string{}, fmt.Errorf("half %q: want %q or %q", half, Tune, Sealed)
}

// Half reads the clinic's cases and conversations of one half. Missing lists the half's files that are
// not there; when both are missing the set is empty.
func (c Clinic) Half(half string) (set *Set, missing []string, err error) {
	files, err := HalfFiles(half)
	if err != nil {
		return nil, nil, err
	}
	set = &Set{}
	for _, name := range files {
		f, err := os.Open(filepath.Join(c.Dir, name))
		if errors.Is(err, fs.ErrNotExist) {
			missing = append(missing, name)
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		s, err := ReadSet(f)
		f.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", filepath.Join(c.Dir, name), err)
		}
		set.Cases = append(set.Cases, s.Cases...)
		set.Conversations = append(set.Conversations, s.Conversations...)
	}
	return set, missing, nil
}

// KB is the clinic's knowledge base: its kb folder, or the embedded one when it has none (the home clinic).
func (c Clinic) KB() (fsys fs.FS, embedded bool, err error) {
	dir := filepath.Join(c.Dir, "kb")
	switch st, err := os.Stat(dir); {
	case errors.Is(err, fs.ErrNotExist):
		return knowledge.Default(), true, nil
	case err != nil:
		return nil, false, err
	case !st.IsDir():
		return nil, false, fmt.Errorf("%s is not a folder", dir)
	}
	return os.DirFS(dir), false, nil
}

// ClinicReport is one clinic's half graded by the engine and, on the same cases, by the baseline.
type ClinicReport struct {
	Clinic string `json:"clinic"`
	// KB is "embedded" or the clinic's kb folder.
	KB       string   `json:"kb"`
	Missing  []string `json:"missing,omitempty"`
	Engine   *Report  `json:"engine"`
	Baseline *Report  `json:"baseline"`
}

// GradeClinic grades one half of a clinic with an engine built by cfg and with the plain-bleve
// baseline, over the same knowledge base. A clinic with neither file of the half gives a report with
// nil Engine and Baseline, and Missing naming both.
func GradeClinic(c Clinic, half string, cfg bot.Config) (*ClinicReport, error) {
	return GradeClinicCases(c, half, cfg, nil)
}

// GradeClinicCases is GradeClinic over the cases and conversations whose id keep accepts (all when
// keep is nil): a holdout inside a half, graded apart from the rest of it.
func GradeClinicCases(c Clinic, half string, cfg bot.Config, keep func(id string) bool) (*ClinicReport, error) {
	set, missing, err := c.Half(half)
	if err != nil {
		return nil, err
	}
	if keep != nil {
		set = set.Only(keep)
	}
	out := &ClinicReport{Clinic: c.Name, KB: filepath.Join(c.Dir, "kb"), Missing: missing}
	if len(missing) == 2 {
		return out, nil
	}
	fsys, embedded, err := c.KB()
	if err != nil {
		return nil, fmt.Errorf("clinic %s: %w", c.Name, err)
	}
	if embedded {
		out.KB = "embedded"
	}
	ix, err := knowledge.Open(fsys)
	if err != nil {
		return nil, fmt.Errorf("clinic %s: %w", c.Name, err)
	}
	defer ix.Close()
	base, err := baseline.New(ix)
	if err != nil {
		return nil, fmt.Errorf("clinic %s: %w", c.Name, err)
	}
	defer base.Close()
	out.Engine = GradeSet(bot.NewEngine(ix, cfg), set)
	out.Baseline = GradeSet(base, set)
	return out, nil
}

// WriteTable prints one row per clinic and system (engine, then baseline), and a row of all clinics
// together when there are several. Emergencies and false alarms count every question, single or in a
// conversation; answers and total count single cases; conversations pass when every turn does.
func WriteTable(w io.Writer, half string, reports []*ClinicReport) {
	fmt.Fprintf(w, "half: %s\n", half)
	fmt.Fprintf(w, "%-12s %-8s  %-15s %-15s %-13s %-15s %s\n",
		"clinic", "system", "answers", "emergencies", "false alarms", "total", "conversations")
	var sumE, sumB Report
	n := 0
	for _, cr := range reports {
		if cr.Engine == nil {
			fmt.Fprintf(w, "%-12s (no %s cases: %s missing)\n", cr.Clinic, half, strings.Join(cr.Missing, ", "))
			continue
		}
		n++
		writeRow(w, cr.Clinic, "engine", cr.Engine)
		writeRow(w, "", "baseline", cr.Baseline)
		sumE.add(cr.Engine)
		sumB.add(cr.Baseline)
	}
	if n > 1 {
		writeRow(w, "all", "engine", &sumE)
		writeRow(w, "", "baseline", &sumB)
	}
}

func writeRow(w io.Writer, clinic, system string, r *Report) {
	ans := Tally{}
	if t := r.ByKind[string(bot.KindAnswer)]; t != nil {
		ans = *t
	}
	em := r.Emergencies()
	fa := r.AllFalseAlarms()
	mark := ""
	if system == "engine" && !r.EmergenciesPassed() { // the baseline has no triage: it misses them all
		mark = "  EMERGENCY MISSED"
	}
	fmt.Fprintf(w, "%-12s %-8s  %-15s %-15s %-13s %-15s %s%s\n", clinic, system, frac(ans), frac(em),
		fmt.Sprintf("%d %.1f%%", fa.False, fa.Percent()), frac(Tally{r.Passed, r.Total}),
		frac(Tally{r.Convs.Passed, r.Convs.Total}), mark)
}

func frac(t Tally) string {
	if t.Total == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d %.1f%%", t.Passed, t.Total, t.Percent())
}

// add sums o's tallies into r (failures are not carried: the sum is for the table's last rows).
func (r *Report) add(o *Report) {
	if r.ByKind == nil {
		r.ByKind, r.Convs.ByKind = map[string]*Tally{}, map[string]*Tally{}
	}
	r.Passed += o.Passed
	r.Total += o.Total
	r.FalseAlarms.False += o.FalseAlarms.False
	r.FalseAlarms.Of += o.FalseAlarms.Of
	r.Convs.Passed += o.Convs.Passed
	r.Convs.Total += o.Convs.Total
	r.Convs.Turns.Passed += o.Convs.Turns.Passed
	r.Convs.Turns.Total += o.Convs.Turns.Total
	r.Convs.FalseAlarms.False += o.Convs.FalseAlarms.False
	r.Convs.FalseAlarms.Of += o.Convs.FalseAlarms.Of
	addKinds(r.ByKind, o.ByKind)
	addKinds(r.Convs.ByKind, o.Convs.ByKind)
}

func addKinds(dst, src map[string]*Tally) {
	for k, t := range src {
		d := dst[k]
		if d == nil {
			d = &Tally{}
			dst[k] = d
		}
		d.Passed += t.Passed
		d.Total += t.Total
	}
}
