import Foundation

/// A one-line progress bar on standard error, shown only when it is a terminal, so logs and pipes
/// stay clean.
final class ProgressBar {
    let total: UInt64
    let enabled: Bool
    private var lastShown = -1

    init(total: UInt64) {
        self.total = max(total, 1)
        enabled = isatty(STDERR_FILENO) == 1
    }

    func update(_ done: UInt64) {
        guard enabled else { return }
        let percent = Int(min(done, total) * 100 / total)
        guard percent != lastShown else { return }
        lastShown = percent
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\rReading [\(bar)] \(percent)%".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
