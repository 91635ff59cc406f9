#pragma once

#include <QLatin1String>

namespace iotca::model::InputErrorCode {

// Stable values of iotca::Error::code for files that cannot be read as input (InputFile).

inline constexpr QLatin1String Missing {"InputMissing"}; ///< nothing at that path
inline constexpr QLatin1String NotAFile {"InputNotAFile"}; ///< a folder, device, FIFO or socket where a file is needed
inline constexpr QLatin1String TooLarge {"InputTooLarge"}; ///< over the kind's size limit
inline constexpr QLatin1String Empty {"InputEmpty"}; ///< no bytes
inline constexpr QLatin1String Unreadable {"InputUnreadable"}; ///< open or read failed (permissions, I/O error)

} // namespace iotca::model::InputErrorCode
