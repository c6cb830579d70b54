import MedIPPolicy

/// The `medip` subcommands of this group.
enum DomainCommands {
    /// Every subcommand of the group, in help order.
    static let all: [Subcommand] = []
}
