# The deploy page. Paths are relative to widgets/.
target_sources(flinkdeck_widgets PRIVATE
  deploy/DeployBanner.cpp deploy/DeployBanner.h
  deploy/DeployFileList.cpp deploy/DeployFileList.h
  deploy/DeployHostModel.cpp deploy/DeployHostModel.h
  deploy/DeployIcons.cpp deploy/DeployIcons.h
  deploy/DeployLog.cpp deploy/DeployLog.h
  deploy/DeployStepTree.cpp deploy/DeployStepTree.h
  deploy/DeployView.cpp deploy/DeployView.h
  deploy/DiffHighlighter.cpp deploy/DiffHighlighter.h
  deploy/DiffPane.cpp deploy/DiffPane.h
  deploy/GuiPrompter.cpp deploy/GuiPrompter.h
  deploy/HostKeyDialog.cpp deploy/HostKeyDialog.h
  deploy/PreflightList.cpp deploy/PreflightList.h
  deploy/ProgressDelegate.cpp deploy/ProgressDelegate.h
)
