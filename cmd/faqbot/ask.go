package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/eval"
	"github.com/faqbot/faqbot/bot/eval/baseline"
	"github.com/faqbot/faqbot/knowledge"
)

// engineConfig is the engine's configuration from the environment, shared by every command.
func engineConfig(c *cli) bot.Config {
	return bot.Config{EmergencyText: c.getenv("FAQBOT_EMERGENCY_TEXT")}
}

func runAsk(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet(c, commands()[1])
	kb := kbFlag(fs, c)
	asJSON := fs.Bool("json", false, "print each reply as the JSON reply object, one a line")
	explain := fs.Bool("explain", false, "after each reply, list the passages the search ranked, with coverage and scores (for knowledge editors)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ix, err := openIndex(*kb)
	if err != nil {
		return err
	}
	e := bot.NewEngine(ix, engineConfig(c))
	out := bufio.NewWriter(c.stdout)
	defer out.Flush()
	print := func(q string, r bot.Reply) error {
		if *explain {
			defer explainSearch(out, ix, q)
		}
		if *asJSON {
			b, err := json.Marshal(r)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(out, "%s\n", b)
			return err
		}
		_, err := fmt.Fprintln(out, humanReply(r))
		return err
	}
	if fs.NArg() > 0 {
		q := strings.Join(fs.Args(), " ")
		r, _ := e.Respond(q, bot.State{})
		return print(q, r)
	}
	// One reply a line, in order; each question stands alone (use chat for a conversation).
	sc := bufio.NewScanner(c.stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		r, _ := e.Respond(sc.Text(), bot.State{})
		if err := print(sc.Text(), r); err != nil {
			return err
		}
	}
	return sc.Err()
}

// explainSearch shows how the search saw q: the concepts it found and the passages it ranked.
func explainSearch(w io.Writer, ix *knowledge.Index, q string) {
	res := ix.Search(knowledge.Query{Text: q, Limit: 5})
	fmt.Fprintf(w, "  search: %d concepts, %.0f%% known to the knowledge base\n", res.Concepts, 100*res.Known)
	for _, c := range ix.Explain(q) {
		mark := "unknown"
		switch {
		case c.Specific:
			mark = "specific"
		case c.Known:
			mark = "common"
		}
		fmt.Fprintf(w, "    concept %-24q weight %.2f  %s\n", c.Said, c.Weight, mark)
	}
	for _, h := range res.Hits {
		fmt.Fprintf(w, "  rank %.3f  coverage %.2f  title %.2f  specific %-5v bm25 %.3f  %s «%s»\n",
			h.Rank, h.Coverage, h.TitleCoverage, h.Specific, h.Score, h.Passage.Key, h.Passage.Section)
	}
}

// humanReply renders a reply for the terminal on one line: kind, text, sources.
func humanReply(r bot.Reply) string {
	var b strings.Builder
	fmt.Fprintf(&b, "[%s %.2f] %s", r.Kind, r.Confidence, strings.ReplaceAll(r.Text, "\n", " ⏎ "))
	for _, s := range r.Sources {
		fmt.Fprintf(&b, " (source: %s — %s)", s.Title, s.Section)
	}
	return b.String()
}

func runChat(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet(c, commands()[2])
	kb := kbFlag(fs, c)
	if err := fs.Parse(args); err != nil {
		return err
	}
	e, err := loadEngine(*kb, engineConfig(c))
	if err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, "faqbot chat — اكتب سؤالك (Ctrl-D للخروج / Ctrl-D to quit)")
	var st bot.State
	sc := bufio.NewScanner(c.stdin)
	for {
		fmt.Fprint(c.stdout, "> ")
		if !sc.Scan() {
			fmt.Fprintln(c.stdout)
			return sc.Err()
		}
		if ctx.Err() != nil {
			return nil
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var r bot.Reply
		r, st = e.Respond(line, st)
		fmt.Fprintf(c.stdout, "[%s]\n%s\n", r.Kind, r.Text)
		for _, s := range r.Sources {
			fmt.Fprintf(c.stdout, "  — %s: %s\n", s.Title, s.Section)
		}
		for i, s := range r.Suggestions {
			fmt.Fprintf(c.stdout, "  %d) %s\n", i+1, s)
		}
	}
}

func runEval(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet(c, commands()[3])
	kb := kbFlag(fs, c)
	min := fs.Float64("min", 0, "exit 1 when the score (of cases, and of conversations when there are any) is below this `percent`, or when an emergency fails; with --corpus, in any clinic")
	asJSON := fs.Bool("json", false, "print one JSON report object instead of the text report")
	corpus := fs.String("corpus", "", "grade every clinic `folder` of this corpus (<clinic>/kb, tune.jsonl, conv-tune.jsonl, sealed.jsonl, conv-sealed.jsonl) with the engine and the plain-bleve baseline, and print one table")
	useBaseline := fs.Bool("baseline", false, "grade CASES.jsonl with the plain-bleve baseline instead of the engine (the yardstick --corpus shows beside it)")
	half := fs.String("half", eval.Tune, "with --corpus: which half to grade, tune or sealed (the sealed half only when asked for, and without its failures)")
	holdout := fs.String("holdout", "", "with --corpus and the tune half: grade the cases and conversations whose id holds this `text`, or any of several joined by commas (rounds written blind and never studied, \"-r14-,-r15-\"), apart from the rest, and print both: whether a change made on the rest carries to it")
	if err := fs.Parse(args); err != nil {
		return err
	}
	halfSet := false
	fs.Visit(func(f *flag.Flag) { halfSet = halfSet || f.Name == "half" })
	if *corpus != "" {
		if fs.NArg() != 0 {
			fs.Usage()
			return exitCode(2)
		}
		if *holdout != "" {
			if *half != eval.Tune || *asJSON || *min > 0 {
				fmt.Fprintln(c.stderr, "faqbot eval: --holdout splits the tune half's table; it takes neither --json nor --min")
				return exitCode(2)
			}
			return evalHoldout(ctx, c, *corpus, *holdout)
		}
		return evalCorpus(ctx, c, *corpus, *half, *asJSON, *min)
	}
	if fs.NArg() != 1 || halfSet || *holdout != "" || (*corpus != "" && *useBaseline) {
		fs.Usage()
		return exitCode(2)
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	set, err := eval.ReadSet(f)
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	ix, err := openIndex(*kb)
	if err != nil {
		return err
	}
	defer ix.Close()
	var r eval.Responder = bot.NewEngine(ix, engineConfig(c))
	if *useBaseline {
		b, err := baseline.New(ix)
		if err != nil {
			return err
		}
		defer b.Close()
		r = b
	}
	rep := eval.GradeSet(r, set)
	if *asJSON {
		if err := writeJSON(c.stdout, rep); err != nil {
			return err
		}
	} else {
		rep.Write(c.stdout)
	}
	if *min > 0 && !rep.Meets(*min) {
		return exitCode(1)
	}
	return nil
}

// evalCorpus grades one half of every clinic of a corpus. The sealed half measures what tuning could
// not see: its failures are withheld, so that grading it does not turn it into a tuning set.
func evalCorpus(ctx context.Context, c *cli, dir, half string, asJSON bool, min float64) error {
	if _, err := eval.HalfFiles(half); err != nil {
		return err
	}
	clinics, err := eval.Clinics(dir)
	if err != nil {
		return err
	}
	if len(clinics) == 0 {
		return fmt.Errorf("%s: no clinic folders", dir)
	}
	sealed := half == eval.Sealed
	if sealed {
		fmt.Fprintln(c.stderr, "faqbot eval: grading the SEALED half; failures are withheld — do not tune on these figures")
	}
	var reports []*eval.ClinicReport
	below := false
	for _, cl := range clinics {
		if err := ctx.Err(); err != nil {
			return err
		}
		cr, err := eval.GradeClinic(cl, half, engineConfig(c))
		if err != nil {
			return err
		}
		if cr.Engine != nil && sealed {
			for _, r := range []*eval.Report{cr.Engine, cr.Baseline} {
				r.Failures, r.Convs.Failures = nil, nil
			}
		}
		if cr.Engine != nil && min > 0 && !cr.Engine.Meets(min) {
			below = true
		}
		reports = append(reports, cr)
	}
	if asJSON {
		err = writeJSON(c.stdout, struct {
			Half             string               `json:"half"`
			FailuresWithheld bool                 `json:"failures_withheld"`
			Clinics          []*eval.ClinicReport `json:"clinics"`
		}{half, sealed, reports})
	} else {
		eval.WriteTable(c.stdout, half, reports)
	}
	if err != nil {
		return err
	}
	if below {
		return exitCode(1)
	}
	return nil
}

// evalHoldout grades the tune half of every clinic of a corpus twice: the cases and conversations
// whose id holds none of holdout's comma-separated texts ("study": what tuning reads), then those whose id holds one ("holdout":
// a round never read), one table each.
func evalHoldout(ctx context.Context, c *cli, dir, holdout string) error {
	texts := strings.Split(holdout, ",")
	clinics, err := eval.Clinics(dir)
	if err != nil {
		return err
	}
	if len(clinics) == 0 {
		return fmt.Errorf("%s: no clinic folders", dir)
	}
	for _, part := range []struct {
		name string
		in   bool
	}{{"study", false}, {"holdout", true}} {
		var reports []*eval.ClinicReport
		for _, cl := range clinics {
			if err := ctx.Err(); err != nil {
				return err
			}
			cr, err := eval.GradeClinicCases(cl, eval.Tune, engineConfig(c), func(id string) bool {
				return holds(id, texts) == part.in
			})
			if err != nil {
				return err
			}
			reports = append(reports, cr)
		}
		with := "does not hold"
		if part.in {
			with = "holds"
		}
		if len(texts) > 1 {
			with = map[bool]string{false: "holds none of", true: "holds one of"}[part.in]
		}
		fmt.Fprintf(c.stdout, "%s: the cases and conversations whose id %s %q\n", part.name, with, holdout)
		eval.WriteTable(c.stdout, eval.Tune, reports)
	}
	return nil
}

// holds says whether id holds any of texts: one round held out is too few cases to tell a general
// gain from a lucky one, so several may be held out together.
func holds(id string, texts []string) bool {
	for _, t := range texts {
		if t != "" && strings.Contains(id, t) {
			return true
		}
	}
	return false
}

func writeJSON(w io.Writer, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}

func runIndex(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet(c, commands()[4])
	kb := kbFlag(fs, c)
	if err := fs.Parse(args); err != nil {
		return err
	}
	ix, err := openIndex(*kb)
	if err != nil {
		fmt.Fprintln(c.stderr, err)
		return exitCode(1)
	}
	st := ix.Stats()
	w := c.stdout
	fmt.Fprintf(w, "%d documents, %d sections, %d FAQ pairs, %d passages; lexicon: %d groups, %d words and phrases\n",
		st.Documents, st.Sections, st.FAQs, st.Passages, st.LexiconGroups, st.LexiconMembers)
	for _, d := range ix.Docs() {
		fmt.Fprintf(w, "\n%s (%s, %s): %s\n", d.ID, d.Path, d.Lang, d.Title)
		for _, s := range d.Sections {
			fmt.Fprintf(w, "  %s%s [%d blocks, line %d]\n", strings.Repeat("  ", max(0, s.Level-1)), s.Title, len(s.Blocks), s.Line)
		}
		for _, q := range d.FAQs {
			fmt.Fprintf(w, "  ? %s [line %d]\n", q.Question, q.Line)
		}
	}
	return nil
}
