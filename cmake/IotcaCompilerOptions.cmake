# Compiler settings shared by every target of the project, applied through iotca_set_target_options().

add_library(iotca_compile_options INTERFACE)
target_compile_options(iotca_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
target_compile_definitions(iotca_compile_options INTERFACE
    # OpenSSL 3 APIs only: a deprecated call does not compile.
    OPENSSL_API_COMPAT=30000
    OPENSSL_NO_DEPRECATED
    # No implicit QString <-> const char* / QByteArray conversions: every encoding is explicit.
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(IOTCA_WERROR)
    target_compile_options(iotca_compile_options INTERFACE -Werror)
endif()

if(IOTCA_LINKER)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=${IOTCA_LINKER}" IOTCA_LINKER_WORKS)
    if(NOT IOTCA_LINKER_WORKS)
        message(FATAL_ERROR "IOTCA_LINKER=${IOTCA_LINKER}: the compiler cannot link with it (Debian package "
                            "'${IOTCA_LINKER}'; scripts/lib/common.sh installs lld), or set IOTCA_LINKER to empty")
    endif()
    target_link_options(iotca_compile_options INTERFACE "-fuse-ld=${IOTCA_LINKER}")
endif()

if(IOTCA_SANITIZE)
    target_compile_options(iotca_compile_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(iotca_compile_options INTERFACE -fsanitize=address,undefined)
    # Executables are linked as non-PIE: GCC registers each UBSan check's descriptor as an ASan global, and a PIE
    # made of them carries ~2.4 million R_X86_64_RELATIVE relocations that ld.so applies at every start (0.2 s of the
    # 0.4 s an `iotca --version` took). The CLI tests start iotca thousands of times; non-PIE halves each start.
    # The objects stay -fPIE/-fPIC as Qt requires; only the final link resolves the addresses.
    target_link_options(iotca_compile_options INTERFACE $<$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>:-no-pie>)
endif()

if(IOTCA_FUZZ)
    # Coverage feedback for libFuzzer on all our code; the fuzz_<target> executables add -fsanitize=fuzzer (the
    # driver) themselves. Qt and OpenSSL are the system's, uninstrumented.
    target_compile_options(iotca_compile_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(iotca_compile_options INTERFACE -fsanitize=address,undefined)
endif()

function(iotca_set_target_options target)
    target_link_libraries(${target} PRIVATE iotca_compile_options)
endfunction()
