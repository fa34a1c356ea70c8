package main

import (
	"context"
	"errors"
	"io/fs"
	"log/slog"
	"maps"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/knowledge"
)

// Hot reload of the knowledge base. faqbot serve answers through a bot.Swappable; on SIGHUP, and
// when a file of the FAQBOT_KB folder changes (polled: names, sizes and modification times), a new
// index is built aside and swapped in at once. A message being answered finishes on the engine it
// started with, and no connection notices. A folder that no longer loads (a broken edit) changes
// nothing: the previous knowledge base keeps serving, every problem is logged as file:line: message
// (knowledge text, never patient text) and the failure is counted. The embedded knowledge base is
// part of the binary and cannot change: SIGHUP then only logs that there is nothing to reload.

// Timings of the reloader.
const (
	// kbPollEvery is how often the folder is looked at. Editors save a file in one go, and a
	// failed load of a half-written file is retried on the next look, when it has changed again.
	kbPollEvery = 2 * time.Second
	// retireAfter is how long a replaced index stays open: answers in flight on the old engine
	// take milliseconds, so half a minute is ample before its memory is released.
	retireAfter = 30 * time.Second
)

// kbStats is what the serving knowledge base holds, and when it was loaded.
type kbStats struct {
	knowledge.Stats
	Loaded time.Time
}

// knowledgeBase is the knowledge base faqbot serve answers from, and what reloads it.
type knowledgeBase struct {
	dir    string // "": the embedded one
	cfg    bot.Config
	log    *slog.Logger
	engine *bot.Swappable

	mu       sync.Mutex // one reload at a time
	index    *knowledge.Index
	seen     folderState // the folder as it was when last loaded (or tried)
	retiring map[*knowledge.Index]*time.Timer

	stats      atomic.Pointer[kbStats]
	ok, failed atomic.Int64
}

// openKnowledge loads the knowledge base in dir (empty: the embedded one) and builds the engine.
// Its error lists every problem as file:line: message.
func openKnowledge(dir string, cfg bot.Config, log *slog.Logger) (*knowledgeBase, error) {
	k := &knowledgeBase{dir: dir, cfg: cfg, log: log, retiring: map[*knowledge.Index]*time.Timer{}}
	if dir != "" {
		k.seen, _ = scanFolder(dir) // a folder that cannot be read fails the load below
	}
	ix, eng, err := buildEngine(dir, cfg)
	if err != nil {
		return nil, err
	}
	k.index = ix
	k.engine = bot.NewSwappable(eng)
	k.stats.Store(&kbStats{Stats: ix.Stats(), Loaded: time.Now()})
	return k, nil
}

func buildEngine(dir string, cfg bot.Config) (*knowledge.Index, *bot.Engine, error) {
	ix, err := openIndex(dir)
	if err != nil {
		return nil, nil, err
	}
	return ix, bot.NewEngine(ix, cfg), nil
}

// Stats describes the knowledge base now serving.
func (k *knowledgeBase) Stats() kbStats { return *k.stats.Load() }

// Reloads is how many reloads succeeded (ok) or failed (!ok).
func (k *knowledgeBase) Reloads(ok bool) int64 {
	if ok {
		return k.ok.Load()
	}
	return k.failed.Load()
}

// Reload loads the folder again and swaps the new knowledge base in. When it does not load, the
// previous one keeps serving and the error (a *knowledge.LoadError listing every problem) is
// returned and logged. The embedded knowledge base is not reloaded (nil). why is for the log.
func (k *knowledgeBase) Reload(ctx context.Context, why string) error {
	if k.dir == "" {
		k.log.InfoContext(ctx, "knowledge reload skipped: the embedded knowledge base cannot change (set FAQBOT_KB to serve a folder)",
			"trigger", why)
		return nil
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	// Looked at before reading, so an edit made while the index builds is seen by the next poll.
	k.seen, _ = scanFolder(k.dir)
	start := time.Now()
	ix, eng, err := buildEngine(k.dir, k.cfg)
	if err != nil {
		k.failed.Add(1)
		k.logFailure(ctx, why, err)
		return err
	}
	old := k.index
	k.index = ix
	k.engine.Swap(eng)
	st := kbStats{Stats: ix.Stats(), Loaded: time.Now()}
	k.stats.Store(&st)
	k.ok.Add(1)
	k.retireLocked(old)
	k.log.InfoContext(ctx, "knowledge reloaded", "kb", k.dir, "trigger", why, "documents", st.Documents,
		"sections", st.Sections, "faqs", st.FAQs, "passages", st.Passages, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// logFailure logs each problem on a line of its own, as faqbot index prints them.
func (k *knowledgeBase) logFailure(ctx context.Context, why string, err error) {
	var le *knowledge.LoadError
	problems := 0
	if errors.As(err, &le) {
		problems = len(le.Problems)
		for _, p := range le.Problems {
			k.log.ErrorContext(ctx, "knowledge problem", "kb", k.dir, "problem", p.String())
		}
	}
	attrs := []any{"kb", k.dir, "trigger", why, "problems", problems}
	if le == nil || strings.Count(err.Error(), "\n")+1 > problems {
		attrs = append(attrs, "err", err.Error()) // not (only) file problems: say what else failed
	}
	k.log.ErrorContext(ctx, "knowledge reload failed: the previous knowledge base keeps serving", attrs...)
}

// retireLocked closes a replaced index once the answers still using it are done. Callers hold k.mu.
func (k *knowledgeBase) retireLocked(ix *knowledge.Index) {
	k.retiring[ix] = time.AfterFunc(retireAfter, func() {
		k.mu.Lock()
		delete(k.retiring, ix)
		k.mu.Unlock()
		ix.Close()
	})
}

// closeRetired closes the replaced indexes at once (the server has stopped answering).
func (k *knowledgeBase) closeRetired() {
	k.mu.Lock()
	defer k.mu.Unlock()
	for ix, t := range k.retiring {
		if t.Stop() {
			ix.Close()
		}
	}
	clear(k.retiring)
}

// changed reports whether the folder's knowledge files differ from the last load.
func (k *knowledgeBase) changed(now folderState) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	return !maps.Equal(now, k.seen)
}

// watch reloads on SIGHUP, and when the folder changes, until ctx ends.
func (k *knowledgeBase) watch(ctx context.Context, hup <-chan os.Signal, every time.Duration) {
	var tick <-chan time.Time
	if k.dir != "" {
		t := time.NewTicker(every)
		defer t.Stop()
		tick = t.C
	}
	unreadable := false // logged once while it lasts
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			k.Reload(ctx, "SIGHUP")
		case <-tick:
			now, err := scanFolder(k.dir)
			if err != nil {
				if !unreadable {
					k.log.WarnContext(ctx, "knowledge folder unreadable: the loaded knowledge base keeps serving", "kb", k.dir, "err", err)
				}
				unreadable = true
				continue
			}
			unreadable = false
			if k.changed(now) {
				k.Reload(ctx, "change")
			}
		}
	}
}

// watchKnowledge reloads the knowledge base on SIGHUP and folder changes while the server runs;
// call the function it returns to stop.
func (s *Server) watchKnowledge(ctx context.Context) (stop func()) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	go func() { defer close(done); s.kb.watch(ctx, hup, kbPollEvery) }()
	if s.kb.dir != "" {
		// After signal.Notify: from here SIGHUP reloads instead of ending the process.
		s.log.InfoContext(ctx, "knowledge reload on: SIGHUP or a change in the folder reloads it", "kb", s.kb.dir,
			"poll", kbPollEvery.String())
	}
	return func() {
		signal.Stop(hup)
		cancel()
		<-done
		s.kb.closeRetired()
	}
}

// fileState is what the poll compares of a file.
type fileState struct {
	size, modNano int64
}

// folderState maps the knowledge files of a folder (paths relative to it) to their state.
type folderState map[string]fileState

// scanFolder notes the files of dir that a load reads: *.md and *.txt (the lexicon too), outside
// folders and files whose names start with "." or "_" (editors' swap and backup files live there).
func scanFolder(dir string) (folderState, error) {
	st := folderState{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if p != dir && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		ext := strings.ToLower(filepath.Ext(name))
		if d.IsDir() || (ext != ".md" && ext != ".txt") {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		st[rel] = fileState{size: info.Size(), modNano: info.ModTime().UnixNano()}
		return nil
	})
	return st, err
}
