/// How large a public findings file and its parts may be. Generous for a real report (a round
/// with a dozen sections is a few tens of kilobytes), small enough that a file cannot fill the
/// server's memory or a survivor's phone screen.
public enum PublicFindingsLimits {
    /// The whole file, in bytes (1 MB).
    public static let bytes = 1_000_000
    /// Arrays inside objects inside arrays...: the format itself needs 11 levels.
    public static let depth = 12
    /// One report per audience, and there are five audiences.
    public static let reports = 5
    /// Translated texts per language: a round's survey words, with room to spare.
    public static let translationsPerLanguage = 5000

    public static let paragraphs = 50
    public static let keyPoints = 50
    public static let coverageTables = 30
    public static let sections = 40
    public static let tablesPerSection = 60
    public static let columns = 12
    public static let rows = 100
    public static let quotes = 100
    public static let recommendations = 100

    /// Titles, headings, labels, names and questions: one line each (in Unicode scalars).
    public static let shortText = 300
    /// Paragraphs, notes, key points, quotes and recommendations.
    public static let longText = 4000
    /// A recommendation's id, such as "R1".
    public static let idLength = 20

    /// The largest k a file may declare: beyond it, almost nothing could ever be shown.
    public static let largestK = 1000
    /// The largest rounding base a file may declare.
    public static let largestRounding = 100

    /// How far a percentage may be from count ÷ base × 100: rounding to one decimal place.
    public static let percentTolerance = 0.05

    /// Problems listed in one refusal; any more are counted.
    public static let reportedProblems = 20
}
