import MedipCommands

/// Runs `medip` in-process and captures its streams.
func runMedip(
    _ arguments: [String], stdin: [UInt8] = [], environment: [String: String] = [:]
) -> (status: Int32, out: String, err: String) {
    final class Box: @unchecked Sendable { var out = ""; var err = "" }
    let box = Box()
    let io = CommandIO(out: { box.out += $0 }, err: { box.err += $0 }, stdin: { stdin }, environment: environment)
    let status = Medip.main(arguments: arguments, io: io)
    return (status, box.out, box.err)
}
