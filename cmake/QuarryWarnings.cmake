# Warnings in one place: -Wall -Wextra -Wpedantic clean, for our own targets only.
function(quarry_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
      # GCC 12 at -O3 reports false -Wrestrict/-Wstringop-overflow inside std::string
      # concatenation (GCC bug 105651); they are not in our code.
      target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
    if(QUARRY_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
