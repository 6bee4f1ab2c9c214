/// A submitted form's fields, read once by `FormMiddleware`.
struct FormValues: Sendable {
    let fields: [(name: String, value: String)]
    /// The files of a `multipart/form-data` form, by field name (only on paths that take uploads).
    var files: [String: [UInt8]] = [:]

    /// The last value sent for `name`, or nil.
    subscript(_ name: String) -> String? { fields.last { $0.name == name }?.value }

    /// The value for `name`, or "" when it was not sent.
    func text(_ name: String) -> String { self[name] ?? "" }

    /// Whether a checkbox or button named `name` was sent.
    func has(_ name: String) -> Bool { self[name] != nil }
}
