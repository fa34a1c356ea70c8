package staff

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/faqbot/faqbot/bot"
	"github.com/faqbot/faqbot/bot/redisstore"
)

// utf8BOM starts CSV exports so spreadsheet programs read them as UTF-8 and show Arabic.
const utf8BOM = "\ufeff"

// csvHeader is the export's columns: one row per log entry.
var csvHeader = []string{"conversation", "channel", "patient", "started", "at", "from", "staff",
	"kind", "confidence", "sources", "status", "text"}

// ScriptHeader is the header a script that exports over HTTP sends (any non-empty value), together
// with the session cookie; browsers send Sec-Fetch-Site instead.
const ScriptHeader = "X-Faqbot-Staff"

// exportRequested reports whether an export request came from the console itself or from a
// script, not from another site's page. An export is a GET, which http.CrossOriginProtection lets
// through, and a cross-origin link or image would still download every conversation and audit an
// export in the victim's name. Browsers say where a request comes from in Sec-Fetch-Site: the
// console's own link is "same-origin", a typed or bookmarked address "none". Scripts send no
// Sec-Fetch-* but can send ScriptHeader, which a page on another origin cannot without a CORS
// preflight this server never approves.
func exportRequested(r *http.Request) bool {
	if r.Header.Get(ScriptHeader) != "" {
		return true
	}
	switch r.Header.Get("Sec-Fetch-Site") {
	case "same-origin", "none":
		return true
	}
	return false
}

// exportConv is one conversation line of a JSONL export.
type exportConv struct {
	convJSON
	Entries []entryJSON `json:"entries"`
}

// export streams the conversations matching the list filters (all pages) as JSONL (one
// conversation a line) or CSV (one entry a row). Conversations are read a batch at a time, so memory
// stays flat whatever the size; the export is audited (with its filter) before the first byte.
// Only the console's own page or a script may ask for one (exportRequested).
func (s *Server) export(w http.ResponseWriter, r *http.Request, who string) {
	if !exportRequested(r) {
		writeError(w, http.StatusForbidden, "exports start from the console's own page (Sec-Fetch-Site: same-origin); a script sends the header "+ScriptHeader+": 1")
		return
	}
	q := r.URL.Query()
	format := q.Get("format")
	if format != "jsonl" && format != "csv" {
		writeError(w, http.StatusBadRequest, "format must be jsonl or csv")
		return
	}
	f, err := parseFilter(q)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	ctx := r.Context()
	if err := s.cfg.Backend.Audit(ctx, redisstore.AuditRecord{At: s.now(), Who: who, Action: "export",
		Detail: format + " " + f.describe()}); err != nil {
		s.fail(w, r, "audit", err)
		return
	}
	s.bus.Publish(Event{Type: "audit"})
	_ = http.NewResponseController(w).SetWriteDeadline(time.Time{}) // a large export may take a while

	name := "faqbot-conversations-" + s.now().Format("20060102-1504") + "." + format
	h := w.Header()
	h.Set("Content-Disposition", `attachment; filename="`+name+`"`)
	if format == "csv" {
		h.Set("Content-Type", "text/csv; charset=utf-8")
	} else {
		h.Set("Content-Type", "application/x-ndjson; charset=utf-8")
	}
	w.WriteHeader(http.StatusOK)

	bw := bufio.NewWriterSize(w, 32<<10)
	var cw *csv.Writer
	if format == "csv" {
		bw.WriteString(utf8BOM)
		cw = csv.NewWriter(bw)
		cw.Write(csvHeader)
	}
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	n := 0
	// CSV rows carry no live column: only JSONL asks whether patients can be reached now.
	_, err = s.scan(ctx, f, "", scanWant{logs: true, live: cw == nil}, 0, func(c redisstore.Summary, log []bot.Entry, live bool) bool {
		n++
		v := s.convView(c, live)
		if cw == nil {
			line := exportConv{convJSON: v, Entries: make([]entryJSON, len(log))}
			for i, e := range log {
				line.Entries[i] = entryView(e)
			}
			return enc.Encode(line) == nil
		}
		for _, e := range log {
			cw.Write(csvRow(v, e))
		}
		cw.Flush()
		return cw.Error() == nil
	})
	if cw != nil {
		cw.Flush()
	}
	bw.Flush()
	if err != nil {
		// Headers are gone; the truncated file is the client's sign. The log says why.
		s.log.ErrorContext(ctx, "staff export cut short", "format", format, "conversations", n, "err", err)
	}
}

func csvRow(c convJSON, e bot.Entry) []string {
	var kind, conf, sources string
	if e.Reply != nil {
		kind = string(e.Reply.Kind)
		conf = strconv.FormatFloat(e.Reply.Confidence, 'f', 2, 64)
		names := make([]string, len(e.Reply.Sources))
		for i, s := range e.Reply.Sources {
			names[i] = s.Doc
			if s.Section != "" {
				names[i] += "#" + s.Section
			}
		}
		sources = strings.Join(names, " ")
	}
	return []string{c.ID, c.Channel, c.Patient, c.Started.Format(time.RFC3339), e.At.Format(time.RFC3339),
		e.From, e.Name, kind, conf, sources, e.Status, csvSafe(e.Text)}
}

// csvSafe defuses spreadsheet formulas: a cell starting with = + - @ (or a tab or carriage
// return) would be run by Excel or LibreOffice when the file is opened, so it gets a leading
// apostrophe, which they show as text.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
