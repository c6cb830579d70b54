// The library links FoundationEssentials where it exists (a quarter of full Foundation),
// and full Foundation elsewhere. Every file that needs Foundation types imports this way.
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
