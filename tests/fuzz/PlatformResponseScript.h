#pragma once

#include "tests/platform/CannedNetworkAccessManager.h"

#include <QByteArrayView>
#include <QList>

namespace iotca::fuzz {

/// A fuzz input for the platform response targets, as text so that corpus files can be read and written by hand:
///
///     listCas                      <- the operation (see PlatformFuzzEntries.cpp); anything else picks one by
///     %%                              its first byte
///     200                          <- one HTTP answer: the status line (a number; 0 = no HTTP answer at all),
///     x-amzn-ErrorType: Foo:          "Name: value" headers, an empty line, the body
///
///     {"certificates": []}
///     %%
///     ...                          <- further answers, for paging, retries and second calls
///
/// Answers are separated by a line holding only "%%".
struct PlatformResponseScript
{
    QByteArray operation;
    QList<test::CannedResponse> responses;

    [[nodiscard]] static PlatformResponseScript parse(QByteArrayView data);
};

/// Splits `data` at lines holding only "%%" (the separator of every scripted fuzz input).
[[nodiscard]] QList<QByteArray> splitScript(QByteArrayView data);

} // namespace iotca::fuzz
