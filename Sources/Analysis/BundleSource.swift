import Foundation
import Unsealing

/// A bundle ready to open: where it is, the key that opens it, and the ids withdrawn since.
public struct BundleSource: Sendable {
    public let url: URL
    public let opener: Opener
    public let withdrawn: Set<String>

    public init(url: URL, opener: Opener, withdrawn: Set<String>) {
        self.url = url
        self.opener = opener
        self.withdrawn = withdrawn
    }
}
