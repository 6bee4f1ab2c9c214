import Foundation

/// The time an audit entry records: staff actions are logged to the second (they are not
/// survivors'; a survivor's time is never kept anywhere).
public func auditTime(_ date: Date) -> String { date.formatted(.iso8601) }
