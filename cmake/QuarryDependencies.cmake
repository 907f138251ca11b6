# Dependencies: Debian's packages natively; under Emscripten, utf8proc is compiled from its
# release sources and nlohmann is exposed without /usr/include (whose glibc headers would
# shadow the wasm libc).
if(NOT EMSCRIPTEN)
  find_package(nlohmann_json 3.10 REQUIRED)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET GLOBAL libutf8proc)
  add_library(utf8proc::utf8proc ALIAS PkgConfig::UTF8PROC)
else()
  set(QUARRY_NLOHMANN_INCLUDE_DIR "/usr/include" CACHE PATH "Directory holding nlohmann/json.hpp")
  set(_nl "${CMAKE_BINARY_DIR}/_deps/nlohmann-include")
  file(MAKE_DIRECTORY "${_nl}")
  if(NOT EXISTS "${_nl}/nlohmann")
    file(CREATE_LINK "${QUARRY_NLOHMANN_INCLUDE_DIR}/nlohmann" "${_nl}/nlohmann" SYMBOLIC)
  endif()
  add_library(nlohmann_json INTERFACE)
  target_include_directories(nlohmann_json SYSTEM INTERFACE "${_nl}")
  add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)

  include(FetchContent)
  # Offline: -DFETCHCONTENT_SOURCE_DIR_UTF8PROC=<dir> (npm's set-up step fills it from
  # Debian's source package, byte-identical to the release tarball).
  set(QUARRY_UTF8PROC_URL "https://github.com/JuliaStrings/utf8proc/archive/refs/tags/v2.8.0.tar.gz"
      CACHE STRING "utf8proc release tarball")
  FetchContent_Declare(utf8proc URL "${QUARRY_UTF8PROC_URL}"
    URL_HASH SHA256=a0a60a79fe6f6d54e7d411facbfcc867a6e198608f2cd992490e46f04b1bcecc
    DOWNLOAD_EXTRACT_TIMESTAMP TRUE)
  FetchContent_GetProperties(utf8proc)
  if(NOT utf8proc_POPULATED)
    FetchContent_Populate(utf8proc)
  endif()
  add_library(utf8proc_wasm STATIC "${utf8proc_SOURCE_DIR}/utf8proc.c")
  target_include_directories(utf8proc_wasm SYSTEM PUBLIC "${utf8proc_SOURCE_DIR}")
  target_compile_definitions(utf8proc_wasm PUBLIC UTF8PROC_STATIC)
  set_target_properties(utf8proc_wasm PROPERTIES C_STANDARD 99)
  add_library(utf8proc::utf8proc ALIAS utf8proc_wasm)
endif()
