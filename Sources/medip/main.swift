// The `medip` command: everything is in MedipCommands so tests can run commands in-process.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import MedipCommands

exit(Medip.main(arguments: Array(CommandLine.arguments.dropFirst()), io: .standard))
