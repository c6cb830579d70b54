import MedIPPolicy

/// The `medip` subcommands of this group.
enum CatalogCommands {
    /// Every subcommand of the group, in help order.
    static let all: [Subcommand] = []
}
