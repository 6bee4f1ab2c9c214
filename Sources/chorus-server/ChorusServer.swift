import ArgumentParser

/// The web service and its admin commands. It holds the analysis public key only.
@main
struct ChorusServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chorus-server",
        abstract: "Chorus web service: anonymous surveys for survivors, sealed on arrival.",
        discussion: """
            The server seals every response to the analysis public key as it arrives. It never holds \
            the secret key, so it cannot read what it stores. See README.md and SECURITY.md.
            """,
        subcommands: [Serve.self, SurveysCommands.self, Export.self, Backup.self, Restore.self, Invites.self, StaffCommands.self, FindingsCommands.self],
        defaultSubcommand: nil
    )
}
