//! The parsed article: plain, serialisable types. Every recognised item carries
//! the byte span(s) of the text it came from, so a view can always show it in
//! its sentence. Spans always lie on UTF-8 character boundaries.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into [`Article::text`].
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end` (byte offsets).
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    /// The span as a `usize` range, for slicing.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }
    /// True for an empty span.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
    /// True when `other` lies inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A piece of text as written, with where it stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub text: String,
    pub span: Span,
}

/// The whole parse result.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The input text, unchanged.
    pub text: String,
    /// An agency dateline such as "KIEW (dpa) -", if the text opens with one.
    pub dateline: Option<Dateline>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
    /// Reported speech ([`QuoteKind::Indirect`]), in text order, apart from
    /// the quotes in marks.
    pub indirect: Vec<Quote>,
    pub figures: Vec<Figure>,
    /// Figures that say how far something lies from a border ("50 Kilometer
    /// von der ukrainischen Grenze entfernt"), in text order.
    #[serde(default)]
    pub border_distances: Vec<BorderDistance>,
    /// The distinct places the article mentions, in order of first mention
    /// (from the world gazetteer when the parse had one, else the small table).
    pub places: Vec<Place>,
    pub place_mentions: Vec<PlaceMention>,
    pub dates: Vec<DateMention>,
    /// People and organisations, each with all of its mentions.
    pub entities: Vec<Entity>,
    /// Media and sources cited (CNN, Financial Times …), incl. the "Quelle:" line.
    pub media: Vec<Medium>,
    /// The closing "Quelle: …" line, if any.
    pub source_line: Option<SourceLine>,
    /// The year dates without a year were resolved against, if one was known.
    pub context_year: Option<i32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dateline {
    pub span: Span,
    /// "KIEW"
    pub place: Mention,
    /// "dpa"
    pub agency: Option<Mention>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    pub span: Span,
    /// Indices into [`Article::sentences`], `first..end`.
    pub sentences: std::ops::Range<u32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: u32,
}

/// How much of a sentence a quote is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuoteKind {
    /// A whole utterance: "„Wir brauchen …“, sagte er."
    Full,
    /// A fragment woven into reported speech: "… ein „kritischer Ermöglicher“ …"
    Partial,
    /// A quoted name or term that is not speech („Moskwa“, „Wintersturm“): never has a speaker.
    Term,
    /// Reported (indirect) speech without quote marks: a Konjunktiv or
    /// "dass" clause framed by a speech verb ("sagte Patel, die meisten …
    /// seien"), or a statement "laut X" / "X zufolge". Listed in
    /// [`Article::indirect`]; its one piece is the reported clause.
    Indirect,
}

/// How the speaker of a quote was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Attribution {
    /// Named in the quote's own sentence.
    SameSentence,
    /// Named in the sentence before.
    PreviousSentence,
    /// Named in the sentence after.
    NextSentence,
    /// A pronoun ("sagte sie") resolved to the last fitting person.
    Pronoun,
    /// A role noun as speaker ("die Ministerin", "der Sprecher", "der Franzose").
    RoleNoun,
    /// An unnamed speaker ("ein NATO-Beamter", "ein Diplomat").
    Anonymous,
    /// Set by the editor: a correction in `story.toml` (never by the parser).
    Editor,
}

/// How sure the parser is of a speaker, for a "Sprecher unsicher" hint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Confidence {
    /// A guess: an unresolved pronoun, a noun that may not be a speaker, a
    /// speaker carried over from an earlier sentence without a frame.
    Low,
    /// A role noun not tied to a named person, a speaker from the sentence
    /// before or after, a resolved pronoun.
    #[default]
    Medium,
    /// Named (a person, an organisation, a medium) in the frame of the item itself.
    High,
}

/// The form of a speech item, as the explorer's kind filter separates them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SpeechForm {
    /// The words in quote marks.
    #[default]
    Direct,
    /// The content of what was said, without quote marks: a clause after a
    /// speech verb, "laut X", "nach Angaben von X", a Konjunktiv sentence that
    /// goes on with an earlier speaker's words.
    Indirect,
    /// Hearsay marked only by "sollen" ("Die Stadt soll … gewusst haben"): the
    /// text reports a claim without saying who made it in the sentence.
    Reported,
}

/// What kind of words frame a speech item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FrameKind {
    /// A speech verb with its subject ("sagte der Minister", "teilte … mit").
    Verb,
    /// A speech noun before "dass"/"wonach" ("die Behauptung, dass …").
    Noun,
    /// "laut X"
    Laut,
    /// "X zufolge"
    Zufolge,
    /// "nach Angaben von X", "nach einem Bericht der X", "nach Polizeiangaben".
    Nach,
    /// "wie X mitteilte"
    Wie,
    /// "…, so X."
    So,
    /// "demnach", "wonach", "danach": the source is the one named before.
    Demnach,
    /// Hearsay "sollen" ("soll … gewusst haben").
    Sollen,
    /// No frame: a Konjunktiv sentence that goes on with the speech before it.
    Continuation,
}

impl FrameKind {
    /// The cue is the frame's own word, a preposition, an adverb or the
    /// modal "sollen" ("laut", "nach Angaben", "zufolge", "so", "demnach",
    /// "soll"), not a verb or a noun of saying: the frame says it all.
    pub fn cue_is_frame_word(self) -> bool {
        matches!(
            self,
            FrameKind::Laut
                | FrameKind::Zufolge
                | FrameKind::Nach
                | FrameKind::So
                | FrameKind::Demnach
                | FrameKind::Sollen
        )
    }
}

/// The words that frame a speech item, with where they stand.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Frame {
    pub kind: FrameKind,
    /// The frame as written ("nach Angaben des Verbands", "wie die Polizei
    /// mitteilte", "so der Sprecher"); for [`FrameKind::Continuation`] the
    /// sentence's first word.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Personal name as given ("Matthew Miller"), if the text names one.
    pub name: Option<Mention>,
    /// Role or function ("Sprecher des US-Außenministeriums", "ukrainische Präsident").
    pub role: Option<Mention>,
    /// Organisation as given ("US-Außenministerium", "Warrior Maven", "NATO").
    pub organisation: Option<Mention>,
    /// The words that identify the speaker in the cue sentence (a pronoun, a role noun, a name).
    pub reference: Mention,
    pub attribution: Attribution,
    /// Index into [`Article::entities`] when resolved to a known person or organisation.
    pub entity: Option<u32>,
    /// How sure the attribution is ([`Confidence::Low`]: "Sprecher unsicher").
    #[serde(default)]
    pub confidence: Confidence,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    /// The verb as written ("erklärte", "teilte", "besteht").
    pub verb: Mention,
    /// Its separable particle or completion, if any ("mit" in "teilte … mit", "darauf").
    pub particle: Option<Mention>,
    /// The verb's infinitive ("erklären", "mitteilen", "bestehen").
    pub lemma: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// From the opening to the closing mark of the last piece.
    pub span: Span,
    /// The quoted words without marks; two or more pieces when split around the cue.
    pub pieces: Vec<Span>,
    /// The marks as written, e.g. "„" and "“".
    pub open_mark: String,
    pub close_mark: String,
    pub kind: QuoteKind,
    /// Index into [`Article::sentences`] of the sentence holding the quote (its first piece).
    pub sentence: u32,
    pub cue: Option<Cue>,
    /// Whom it was said to, where named ("teilte CNN mit" → CNN).
    pub addressee: Option<Mention>,
    pub speaker: Option<Speaker>,
    /// When it was said, where the sentence gives it (index into [`Article::dates`]).
    pub date: Option<u32>,
    /// The occasion or channel where the sentence gives it ("während eines Pressebriefings").
    pub occasion: Option<Mention>,
    /// Direct (in marks), indirect or reported speech. Items of
    /// [`Article::indirect`] are [`SpeechForm::Indirect`] or [`SpeechForm::Reported`].
    #[serde(default)]
    pub form: SpeechForm,
    /// The frame of an indirect or reported item ("laut X", "wie X sagte").
    #[serde(default)]
    pub frame: Option<Frame>,
}

/// How a figure's value is hedged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Qualifier {
    Exact,
    /// etwa, rund, ungefähr, knapp, gut, circa
    Approximate,
    /// bis zu, so hoch wie, höchstens
    UpTo,
    /// mehr als, über
    MoreThan,
    /// mindestens
    AtLeast,
    /// weniger als, unter
    LessThan,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Conversion {
    pub value: f64,
    /// "Meilen"
    pub unit: Mention,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The number expression as written incl. qualifier ("etwa 3.000", "zwischen 10.000 und 12.000").
    pub span: Span,
    /// The number itself ("3.000", "drei", "1,5 Millionen").
    pub number: Mention,
    pub value: f64,
    /// The upper end of a range; `value` is then the lower end.
    pub upper: Option<f64>,
    pub qualifier: Qualifier,
    /// What is counted, as written ("Truppen", "Offizieren").
    pub counted: Option<Mention>,
    /// Normalised noun of what is counted ("Truppen", "Soldaten", "Offiziere", "Generäle", "Kilometer").
    pub counted_lemma: Option<String>,
    /// A converted alternative in parentheses: "50 Kilometer (30 Meilen)".
    pub converted: Option<Conversion>,
    /// The time it refers to where stated ("bis Dezember"); index into [`Article::dates`].
    pub date: Option<u32>,
    /// True for a projection ("könnte … ansteigen", "bis Dezember").
    pub forecast: bool,
    /// Index of the figure this one is part of ("einschließlich 500 Offizieren" → the 12.000).
    pub part_of: Option<u32>,
    /// Who asserts the figure, where the sentence says so.
    pub asserted_by: Option<Claimant>,
    pub sentence: u32,
    /// What the figure measures: compare only figures of the same measure.
    pub measure: Measure,
}

/// A distance from a border: "50 Kilometer (30 Meilen) von der ukrainischen
/// Grenze", "40 km vor der Grenze zu Finnland".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BorderDistance {
    /// Index into [`Article::figures`] of the length.
    pub figure: u32,
    /// The distance in kilometres (miles and metres converted; a range's lower end).
    pub km: f64,
    /// Index into [`Article::places`] of the country across the border, where
    /// the text names it ("ukrainischen Grenze", "Grenze zu Finnland").
    pub border: Option<u32>,
    pub sentence: u32,
    /// The whole phrase, from the figure to "Grenze" or the country after it.
    pub span: Span,
}

/// What a figure measures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Measure {
    /// People present or deployed: troops, soldiers, officers, refugees.
    Personnel,
    /// People killed or wounded: casualties, losses, dead, injured.
    Casualties,
    /// An area: square kilometres, hectares.
    Area,
    /// A distance or length: kilometres, miles, metres.
    Distance,
    /// Money: euros, dollars, roubles.
    Money,
    /// Anything else.
    #[default]
    Other,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claimant {
    /// "US-Beamte", "ukrainische Quellen", "der südkoreanische Geheimdienst".
    pub mention: Mention,
    /// Index into [`Article::entities`].
    pub entity: Option<u32>,
    /// The country the claimant speaks for, as a German country name ("USA", "Ukraine", "Südkorea"), where known.
    pub country: Option<String>,
    /// The speaker as the quote attribution finds it, when the claimant was
    /// found by a speech frame ("schätzt … auf", "sprach von", "nach Angaben von").
    #[serde(default)]
    pub speaker: Option<Speaker>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlaceKind {
    City,
    Region,
    Country,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Stable id: "gn:538560" for GeoNames places, "ne:RUS-2362" or a slug otherwise.
    pub id: String,
    /// Canonical German name ("Kursk", "Nordkorea", "Donbass").
    pub name: String,
    pub kind: PlaceKind,
    pub lat: f64,
    pub lon: f64,
    pub geonames_id: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceMention {
    pub span: Span,
    /// As written ("nordkoreanische", "Region Kursk", "Pjöngjang").
    pub text: String,
    /// Index into [`Article::places`].
    pub place: u32,
    /// True for an adjective ("nordkoreanische Streitkräfte" → Nordkorea).
    pub adjectival: bool,
    pub sentence: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    pub span: Span,
    pub text: String,
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// "bis" → the date is a horizon (until), not a point.
    pub until: bool,
    pub sentence: u32,
    /// Given relative to the day of writing ("am Mittwoch", "vergangene
    /// Woche", "Anfang nächsten Jahres", "gestern"): year, month and day are
    /// then resolved against the story's date when one was given (see
    /// [`crate::parse_dated`]) and left empty otherwise, so the text is shown as written.
    #[serde(default)]
    pub relative: bool,
    /// The day of the week named ("am Mittwoch", "Freitagmorgen"): 1 = Monday … 7 = Sunday.
    #[serde(default)]
    pub weekday: Option<u8>,
}

impl DateMention {
    /// ISO-8601 as far as known: "2024-10-29", "2024-12", or `None` without a month.
    pub fn iso(&self) -> Option<String> {
        let month = self.month?;
        let year = self.year?;
        Some(match self.day {
            Some(day) => format!("{year:04}-{month:02}-{day:02}"),
            None => format!("{year:04}-{month:02}"),
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EntityKind {
    Person,
    Organisation,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub kind: EntityKind,
    /// Canonical name ("Wolodymyr Selenskyj", "US-Außenministerium").
    pub name: String,
    /// Roles as written ("ukrainische Präsident", "Sprecher des US-Außenministeriums").
    pub roles: Vec<Mention>,
    /// Organisation as written, for people ("Warrior Maven").
    pub organisation: Option<Mention>,
    /// Every mention of the entity (full name, surname, role noun, pronoun resolved to it).
    pub mentions: Vec<Span>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Medium {
    /// "CNN", "Financial Times", "The Kyiv Independent".
    pub name: String,
    pub mentions: Vec<Span>,
    /// True when named in the closing "Quelle:" line.
    pub in_source_line: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceLine {
    pub span: Span,
    /// The text after "Quelle:".
    pub body: Mention,
}

impl Article {
    /// The text under a span; empty for a span outside the text.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }
    /// The text of sentence `i`; empty if out of range.
    pub fn sentence_text(&self, i: u32) -> &str {
        self.sentences
            .get(i as usize)
            .map_or("", |s| self.slice(s.span))
    }
    /// Index of the sentence containing byte offset `at`.
    pub fn sentence_at(&self, at: u32) -> Option<u32> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        (i < self.sentences.len() && self.sentences[i].span.start <= at).then_some(i as u32)
    }
    /// The place with this id.
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }
}
