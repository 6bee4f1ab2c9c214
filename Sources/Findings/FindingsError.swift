/// Why a report could not be rendered or written, worded for the analyst at the terminal.
public enum FindingsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The templates did not make it into the build.
    case templatesMissing
    /// The output folder could not be made (a file is in the way, or no permission).
    case cannotCreateFolder(path: String, detail: String)
    /// One of the report files could not be written.
    case cannotWrite(path: String, detail: String)

    public var description: String {
        switch self {
        case .templatesMissing:
            return "The report templates are missing from the build. Rebuild Chorus."
        case .cannotCreateFolder(let path, let detail):
            return "Cannot create the output folder \(path): \(detail). Choose a folder you can write to, or remove the file in the way."
        case .cannotWrite(let path, let detail):
            return "Cannot write \(path): \(detail). Check that the folder can be written to and the disk is not full."
        }
    }
}
