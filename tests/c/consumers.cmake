# Installs the build into WORK_DIR/prefix, then builds and runs two consumers against it.
file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "install failed")
endif()

# 1. find_package(quarry) consumer, static and shared.
set(variants static)
file(GLOB shared_libs "${prefix}/lib*/libquarry.so" "${prefix}/lib/*/libquarry.so")
if(shared_libs)
  list(APPEND variants shared)
endif()
foreach(variant IN LISTS variants)
  set(bdir "${WORK_DIR}/find_package_${variant}")
  execute_process(COMMAND ${CMAKE_COMMAND} -S "${SOURCE_DIR}/consumer" -B "${bdir}" -G "${GENERATOR}"
                  -DCMAKE_PREFIX_PATH=${prefix} -DQUARRY_VARIANT=${variant} -DCMAKE_C_COMPILER=${C_COMPILER}
                  "-DCMAKE_C_FLAGS=${EXTRA_C_FLAGS}" "-DCMAKE_CXX_FLAGS=${EXTRA_C_FLAGS}"
                  "-DCMAKE_EXE_LINKER_FLAGS=${EXTRA_LD_FLAGS}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "find_package consumer (${variant}) configure failed:\n${out}\n${err}")
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} --build "${bdir}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "find_package consumer (${variant}) build failed:\n${out}\n${err}")
  endif()
  execute_process(COMMAND "${bdir}/consumer" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "sentences: 2")
    message(FATAL_ERROR "find_package consumer (${variant}) failed (${rc}):\n${out}\n${err}")
  endif()
  message(STATUS "find_package consumer (${variant}): ${out}")
endforeach()

# 2. pkg-config consumer: cc $(pkg-config --cflags --libs --static quarry).
find_program(PKG_CONFIG pkg-config REQUIRED)
set(ENV{PKG_CONFIG_PATH} "${prefix}/lib/pkgconfig:${prefix}/lib/x86_64-linux-gnu/pkgconfig")
execute_process(COMMAND ${PKG_CONFIG} --cflags --libs --static quarry OUTPUT_VARIABLE flags
                RESULT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config does not find quarry")
endif()
separate_arguments(flags UNIX_COMMAND "${flags}")
set(exe "${WORK_DIR}/pkgconfig_consumer")
# Link the static archive: name it explicitly so the shared one is not preferred.
list(TRANSFORM flags REPLACE "^-lquarry$" "-l:libquarry.a")
# Sanitizer builds: the consumer needs the same runtime flags.
separate_arguments(extra UNIX_COMMAND "${EXTRA_C_FLAGS} ${EXTRA_LD_FLAGS}")
execute_process(COMMAND ${C_COMPILER} -std=c99 ${extra} "${SOURCE_DIR}/consumer/main.c" -o "${exe}" ${flags}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config consumer build failed: ${flags}\n${out}\n${err}")
endif()
execute_process(COMMAND "${exe}" RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out MATCHES "sentences: 2")
  message(FATAL_ERROR "pkg-config consumer failed: ${out}")
endif()
message(STATUS "pkg-config consumer: ${out}")
