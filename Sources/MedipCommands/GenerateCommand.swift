import MedIPPolicy

/// `medip generate` arrives with the fixture generators.
enum GenerateCommand {
    static let all: [Subcommand] = []
}
