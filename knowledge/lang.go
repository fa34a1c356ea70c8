package knowledge

// LangOf returns the language of the page a passage was cut from: its front matter's lang, else "ar".
func (ix *Index) LangOf(p *Passage) string {
	if p == nil {
		return ""
	}
	for _, d := range ix.docs {
		if d.ID == p.DocID {
			if d.Lang == "" {
				return "ar"
			}
			return d.Lang
		}
	}
	return "ar"
}

// Langs returns the languages the pages are written in, each once, in the order first met.
func (ix *Index) Langs() []string {
	var out []string
	for _, d := range ix.docs {
		l := d.Lang
		if l == "" {
			l = "ar"
		}
		seen := false
		for _, o := range out {
			seen = seen || o == l
		}
		if !seen {
			out = append(out, l)
		}
	}
	return out
}
