package knowledge

// Hub passages are those a search returns for many questions they do not answer. A page's lead
// paragraph, standing under the page's own title, is the likeliest: it sums up in one breath what
// the page's sections then tell one each («نقدم برنامجًا متكاملًا لعلاج آلام الركبة، وللإصابات
// التي تتركها الرياضة بأنواعها، إضافة إلى جلسات التأهيل»), so it holds a little of nearly every question about the
// page, and the section that answers holds no more of it. Unless it defines the page's subject (a
// definition is an answer in its own right) or the question asks what something is (which a lead
// answers), what it holds of a question counts for less (leadShare).

// leadShare is the share of its coverage (Hit.Coverage) that a page's lead paragraph gives back in
// Rank. Fitted on the tune halves' rounds but 13: 0.2 gains three answers there and loses nothing;
// 0.25 to 0.5 gain up to three more but lose a conversation (the lead of a page in another language,
// no longer ranked first, leaves an urgent-care list to answer a follow-up the conversation's section
// took when the lead fell short of the bars). Round 13 is unchanged at 0.2.
const leadShare = 0.2

// sumsUp says whether the passage is its page's lead paragraph and does not define what the page is
// about: its words sum the page up (see leadShare). A question asking what something is (define) is
// answered by a lead, and is not lessened.
func (p *Passage) sumsUp(define bool) bool {
	return p.pageHead && !p.defines && !define
}
