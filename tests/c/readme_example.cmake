# Extracts the C example from README.md, compiles it against the build and runs it:
# the README cannot drift from the API.
file(READ "${README}" readme)
string(REGEX MATCH "```c\n(.*)\n```\n\nBuild against" _ "${readme}")
if(NOT CMAKE_MATCH_1)
  message(FATAL_ERROR "no C example found in ${README}")
endif()
file(WRITE "${WORK_DIR}/readme_example.c" "${CMAKE_MATCH_1}\n")
separate_arguments(extra UNIX_COMMAND "${EXTRA_FLAGS}")
execute_process(COMMAND ${C_COMPILER} -std=c99 -Wall -Wextra -Wpedantic -Werror ${extra} -I${INCLUDE_DIR}
                "${WORK_DIR}/readme_example.c" "${LIB}" -lutf8proc -lstdc++ -lm -o "${WORK_DIR}/readme_example"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "README example does not compile:\n${err}")
endif()
execute_process(COMMAND "${WORK_DIR}/readme_example" RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "1: Dr. Z. S. Demirdjian arrived in the U.S. on Sept. 19.\n2: He spoke at 6 p.m.\n")
  message(FATAL_ERROR "README example printed (${rc}):\n${out}")
endif()
