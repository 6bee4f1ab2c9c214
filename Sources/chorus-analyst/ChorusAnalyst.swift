import Analysis
import ArgumentParser
import Foundation

/// The offline analysis tool. It opens sealed responses and publishes protected findings.
/// It never opens a network socket: run it on a machine that is not online.
@main
struct ChorusAnalyst: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chorus-analyst",
        abstract: "Chorus offline analysis: keys, and findings that never single anybody out.",
        discussion: """
            Keep the secret key (analysis.key) and this tool on an offline machine. Give only \
            analysis.pub to the server. See README.md for a round from start to finish.
            """,
        subcommands: [Keygen.self, Report.self, Code.self, Microdata.self, Releases.self]
    )

    /// Everything the analyst writes (keys, coding sheets with her words, the internal report,
    /// findings, microdata, the release ledger) is readable by this user only, whatever the
    /// shell's umask: other accounts on the machine see none of it. Files meant for others are
    /// shared on purpose, by copying them.
    static func main() async {
        umask(0o077)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}

/// A failure the analyst can act on: ArgumentParser prints it and exits non-zero.
typealias Failure = AnalysisFailure
